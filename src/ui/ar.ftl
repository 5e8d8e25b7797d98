# فهرس نصوص الواجهة، باللغة العربية (ترجمة آلية). كل سبب يذكره المحرّك هو رسالة هنا، مع
# وسائطها؛ الترجمات موجودة بجانب هذا الملف باسم <lang>.ftl، بالمعرّفات والوسائط نفسها.
# محتوى القواعد (العناوين، التسميات، الإجابات كما تظهر) يصل في الوسائط بلغة الشخص مسبقًا.

## جملة مكتوبة في القواعد نفسها.
rule-text = { $text }

## الإجابات، كما تقرؤها لغة الشروط.
answer-is = إجابتك عن «{ $label }» هي: { $answer }
answer-yes-no = { $label }: { $answer }
answer-not-sure = لست متأكدًا من «{ $label }»
answer-unknown = لا نعرف إجابتك عن «{ $label }»
list-includes = إجاباتك عن «{ $label }» تشمل { $answer }
list-excludes = إجاباتك عن «{ $label }» لا تشمل { $answer }
date-since-days = إجابتك عن «{ $label }» هي { $answer } ({ $elapsed ->
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $elapsed } أيام
        [many] قبل { $elapsed } يومًا
       *[other] قبل { $elapsed } يوم
    })
date-since-months = إجابتك عن «{ $label }» هي { $answer } ({ $elapsed ->
        [one] قبل شهر واحد
        [two] قبل شهرين
        [few] قبل { $elapsed } أشهر
        [many] قبل { $elapsed } شهرًا
       *[other] قبل { $elapsed } شهر
    })
date-since-years = إجابتك عن «{ $label }» هي { $answer } ({ $elapsed ->
        [one] قبل سنة واحدة
        [two] قبل سنتين
        [few] قبل { $elapsed } سنوات
        [many] قبل { $elapsed } سنة
       *[other] قبل { $elapsed } سنة
    })

## اختبارات اللغة الإنجليزية.
english-summary = { $summary }
english-no-test = لم تُجرِ اختبارًا في اللغة الإنجليزية بعد
date-month-only = ذكرت الشهر فقط في «{ $label }»، لذلك نحسب من أول يوم فيه، احتياطًا
english-date-month-only = ذكرت شهر الاختبار فقط، لذلك نحسب من أول يوم فيه، احتياطًا
english-test-unknown = لست متأكدًا من اختبار اللغة الإنجليزية الذي أجريته: ابحث عن نموذج تقرير الاختبار (Test Report Form) أو نتائج OET
english-test-not-accepted = اختبار { $test } غير مقبول في { $requirement }
english-below = في اختبار { $test } ({ english-part }): { $kind ->
        [score] درجتك
       *[grade] تقديرك
    } { $have } أقل من الحد الأدنى، وهو { $kind ->
        [score] { $need }
       *[grade] التقدير { $need }
    }
english-part-unknown = لا نعرف { $kind ->
        [score] درجتك
       *[grade] تقديرك
    } في اختبار { $test } ({ english-part })
english-part = { $part ->
        [listening] الاستماع
        [reading] القراءة
        [writing] الكتابة
        [speaking] المحادثة
       *[overall] الدرجة الكلية
    }
english-too-old = عمر اختبارك في { $date } بالأشهر: { $age }؛ ومدة احتساب النتائج بالأشهر: { $months }
english-too-old-unconfirmed = عمر اختبارك في { $date } بالأشهر: { $age }؛ وقد تكون مدة احتساب النتائج بالأشهر { $months } فقط { unconfirmed-marker }
english-date-unknown = لا نعرف تاريخ اختبارك؛ ومدة احتساب النتائج بالأشهر: { $months }
english-date-unknown-unconfirmed = لا نعرف تاريخ اختبارك؛ وقد تكون مدة احتساب النتائج بالأشهر { $months } فقط { unconfirmed-marker }
english-met = نتائجك في { $test } تحقق كل الحدود الدنيا
english-unconfirmed = هذه الحدود الدنيا لاختبار { $test } غير مؤكدة: تحقّق منها مع الجهة التنظيمية.

## المسارات والخطوات والوظائف.
not-sure-yet = لم يتضح بعد: { $text }
not-sure-yet-because = لم يتضح بعد: { $text } ({ $because })
step-implied-done = تمّت: فهي تأتي قبل «{ $later }»، وقد أنجزت تلك الخطوة.
step-find-out = تحقّق من هذا أولًا.
step-blocked-if-not-done = إذا لم تُنجَز بعد، فهي مُقفلة: { $because }
step-blocked = مُقفلة: { $because }
step-not-open-now = هذه الخطوة غير متاحة لك الآن
step-blocked-until = مُقفلة حتى تستطيع إنجاز «{ $step }».
step-marked-done = أشرت إلى أن هذه الخطوة تمّت
step-marked-done-on = أشرت إلى أن هذه الخطوة تمّت في { $date }
step-done-evidence = الدليل الذي ذكرته: { $note }
step-after = { $count ->
        [one] بعد الخطوة { $steps }.
       *[other] بعد الخطوات { $steps }.
    }
step-check-first = تحقّق أولًا: { $because }
step-check-first-because = تحقّق أولًا: { $because } ({ $unknown })
step-may-not-be-open = قد لا تكون هذه الخطوة متاحة لك الآن
step-only-for-some = هذه الخطوة لبعض الأشخاص فقط. تحقّق أولًا هل تنطبق عليك ({ $unknown }).

## تنبيهات يضيفها المحرّك نفسه.
warning-profession-unknown = لا نعرف مهنتك، لذلك لا يظهر أي مسار للتسجيل. أجب عن سؤال المهنة لترى مساراتك.
warning-no-open-route = لا يناسب أيٌّ من المسارات في هذه القواعد إجاباتك. اسأل { $regulator } عن حالتك، وتحدّث إلى إحدى المنظمات المذكورة أدناه.
warning-no-open-route-unknown-regulator = لا يناسب أيٌّ من المسارات في هذه القواعد إجاباتك. اسأل الجهة التنظيمية لمهنتك عن حالتك، وتحدّث إلى إحدى المنظمات المذكورة أدناه.
warning-done-not-confirmed = عُدّت منجزة بناءً على معلومات لم نستطع تأكيدها: { $steps }. تحقّق منها مع الجهة التنظيمية قبل أن تعتمد عليها.
warning-may-apply = قد ينطبق هذا عليك ({ $because }). { $text }

## المنظمات.
support-region = تعمل في منطقتك ({ $region })
support-profession = تساعد أصحاب مهنتك ({ $profession })
support-may-help = قد تساعدك: تحقّق أولًا ({ $because })

## الرسوم والمدد.
cost-may-be-instead = قد يكون المبلغ { $amount } بدلًا من ذلك: { $label } ({ $because }).
duration-days = { $min ->
        [one] يوم واحد
        [two] يومان
        [few] { $min } أيام
        [many] { $min } يومًا
       *[other] { $min } يوم
    }
duration-weeks = { $min ->
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $min } أسابيع
        [many] { $min } أسبوعًا
       *[other] { $min } أسبوع
    }
duration-months = { $min ->
        [one] شهر واحد
        [two] شهران
        [few] { $min } أشهر
        [many] { $min } شهرًا
       *[other] { $min } شهر
    }
duration-years = { $min ->
        [one] سنة واحدة
        [two] سنتان
        [few] { $min } سنوات
        [many] { $min } سنة
       *[other] { $min } سنة
    }
duration-range-days = { $min }–{ $max } أيام
duration-range-weeks = { $min }–{ $max } أسابيع
duration-range-months = { $min }–{ $max } أشهر
duration-range-years = { $min }–{ $max } سنوات

## الخطة كما يقرؤها الشخص: العناوين والتسميات والأسطر، في كل الصيغ.
plan-meta = خطة { $who } بتاريخ { $date } (القواعد: { $rules } { $version }، { $hash })
plan-meta-you = خطتك بتاريخ { $date } (القواعد: { $rules } { $version }، { $hash })
plan-title = خطتك: { $profession }
plan-title-you = خطتك
answers-heading = إجاباتك
answers-intro = أُعدّت هذه الخطة في { $date } بناءً على هذه الإجابات. إذا كانت إحداها خاطئة، فقد تكون الخطة خاطئة: شغّل requal مرة أخرى بالإجابة الصحيحة.
short-heading = خطتك باختصار
unconfirmed-marker = (?)
unconfirmed-legend = العلامة (?) تعني أننا لم نستطع تأكيد المعلومة. تحقّق منها قبل أن تعتمد عليها. اسأل الجهة التنظيمية عن المسارات والخطوات والرسوم. واسأل المنظمة عن المساعدة التي تقدّمها، وصاحب العمل عن الوظيفة. واسأل مستشار هجرة عن شؤون الهجرة.
common-reasons = في كل هذه الحالات: { $reasons }.
common-reasons-open-jobs = للوظائف المتاحة لك الآن: { $reasons }.
common-reasons-closed-jobs = للوظائف غير المتاحة لك بعد: { $reasons }.
same-as-before = مثل ما ورد في المسار «{ $route }» أعلاه.
short-for-whom = هذه الخطة لشخص أجاب بما يلي:
short-answer = { $label }: { $answer }
short-route = أفضل مسار لك: { $route } ({ $regulator }).
short-no-route = لا يوجد في هذه القواعد مسار تسجيل متاح لك الآن. توضّح الخطة أدناه السبب، وما يمكنك فعله في هذه الأثناء.
short-possible-routes = لا يوجد مسار أفضل بوضوح لك بعد. قد تناسبك هذه المسارات: { $routes }. الخطوات التي عليها علامة «تحقّق» تخبرك بما يجب أن تعرفه.
short-deadline = { $kind ->
       *[english-results] تُحتسب نتائج اختبار اللغة الإنجليزية حتى { $date }. أنهِ الخطوات التي تحتاج إليها قبل ذلك التاريخ.
    }
short-fees-range = من { $min } إلى { $max }
short-fees = الرسوم المتبقية: نحو { $amount } ({ $count ->
        [one] رسم واحد
        [two] رسمان
        [few] { $count } رسوم
        [many] { $count } رسمًا
       *[other] { $count } رسم
    }{ $unconfirmed ->
        [0] {""}
       *[other] ، منها { $unconfirmed } غير مؤكدة
    }).
short-fees-reduced = بعض هذه الرسوم تُسترد لك أو تُعفى منها: انظر الخطوات.
short-fees-help = قد تتوفر مساعدة في دفع هذه الرسوم: تذكر الخطة الكاملة أين تجدها.
short-fees-no-help = لم نجد في قواعدنا مساعدة في دفع هذه الرسوم. اسأل المنظمات المذكورة أدناه.
short-time = المدة التقريبية حتى تستطيع التسجيل: { $time }.
short-time-partial = المدة حتى تستطيع التسجيل: لا نستطيع تحديدها بعد. { $unknown ->
        [one] خطوة واحدة ليس لها
        [two] خطوتان ليس لهما
        [few] { $unknown } خطوات ليس لها
        [many] { $unknown } خطوة ليس لها
       *[other] { $unknown } خطوة ليس لها
    } مدة في قواعدنا. الخطوات التي لها مدة تستغرق نحو { $time } في المجموع.
short-time-unknown = لا نستطيع تحديد مدة هذا المسار: قواعدنا لا تذكر مدة لخطواته.
short-contacts = من يستطيع المساعدة:
short-more = بعد ذلك تأتي الخطة الكاملة: كل خطوة وسببها، والرسوم، والوظائف التي يمكنك العمل بها في هذه الأثناء، والمصادر.
next-heading = خطواتك التالية
next-route-intro = إذا كان المسار «{ $route }» هو مسارك:
next-check-first = { $step } (تحقّق من هذا أولًا)
warnings-heading = تنبيهات
routes-heading = المسارات
no-routes = لا يوجد في هذه القواعد مسار تسجيل يطابق إجاباتك.
route-heading = { $status ->
        [recommended] المسار الموصى به
       *[possible] مسار ممكن
    }: { $title }
regulator-line = الجهة التنظيمية: { $regulator }
steps-column-number = #
steps-column-step = الخطوة: ما عليك فعله، ولماذا
steps-column-status = الحالة
steps-column-cost = التكلفة والمدة
status-done = تمّت
status-next = التالية
status-todo = للتنفيذ
status-blocked = مُقفلة
status-check = تحقّق
sources-line = المصادر: { $cite }
cost-line = { $label }: { $amount }
time-line = المدة: { $time }
closed-heading = مسارات غير متاحة لك الآن
closed-column-route = المسار
closed-column-why = لماذا لا
closed-column-meanwhile = في هذه الأثناء
meanwhile-line = في هذه الأثناء: { $text }
roles-heading = وظائف انتقالية
roles-column-role = الوظيفة
roles-column-open = متاحة الآن؟
roles-column-why = السبب
role-open = متاحة الآن
role-not-open = غير متاحة بعد
role-check = لم يتضح بعد
support-heading = دعم قريب منك
support-column-organisation = المنظمة
support-column-why = السبب
support-column-website = الموقع الإلكتروني
glossary-heading = المصطلحات المستخدمة
sources-heading = المصادر
source-checked = تمت المراجعة في { $verified }
source-checked-dated = تاريخ الصفحة { $page }؛ تمت المراجعة في { $verified }
source-overdue = { $checked }، وقد فات موعد إعادة المراجعة
cost-item = التكلفة: { $cost }

## من يستطيع تأكيد ما لم نستطع تأكيده.

## الإجابات كما تظهر.
answer-yes = نعم
answer-no = لا
answer-none = لا شيء
answer-not-sure-shown = غير متأكد
answer-not-known = غير معروف
amount-free = مجانًا

## طريقة كتابة الأرقام والمبالغ: علامة فصل الآلاف، والعلامة العشرية، وموضع
## رمز العملة.
number-group-mark = ,
number-decimal-mark = .
money-symbol = { $symbol }{ $number }
money-code = { $number } { $code }
route-status-recommended = موصى به
route-status-possible = ممكن
route-status-not-open = غير متاح

## متطلب اللغة الإنجليزية في جملة واحدة: كل اختبار مقبول وحدوده الدنيا.
english-score = { $kind ->
        [band] { $value }
       *[grade] التقدير { $value }
    }
english-score-group = { $score } في { $parts }
english-form-overall-parts = { $test }: { $overall } في الدرجة الكلية، وعلى الأقل { $groups }
english-form-overall = { $test }: { $overall } في الدرجة الكلية
english-form-parts = { $test }: على الأقل { $groups }
english-form-test = { $test }
english-form = { $scores }، { $sitting ->
        [one] في جلسة اختبار واحدة
       *[two] في جلسة اختبار واحدة أو جلستين خلال 12 شهرًا
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }، أو في جلستين خلال 12 شهرًا{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. أو { $rest }
english-none-accepted = لا يُقبل أي اختبار في هذا التاريخ
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. مدة احتساب النتائج بالأشهر من تاريخ الاختبار: { $months }
english-requirement-valid-unconfirmed = { $title }: { $forms }. قد تكون مدة احتساب النتائج بالأشهر من تاريخ الاختبار { $months } فقط { unconfirmed-marker }

## المقابلة (الأسئلة).
interview-back = العودة إلى السؤال السابق
interview-back-to-review = العودة إلى قائمة الإجابات (دون تغيير)
interview-leave-question = هل تريد حفظ إجاباتك حتى الآن قبل أن تغادر؟
interview-go-back = العودة إلى الأسئلة
interview-go-back-to-review = العودة إلى قائمة الإجابات
interview-save-it = نعم، احفظها في ملف
interview-do-not-save = لا، لا تحفظ
interview-not-sure = غير متأكد
interview-not-sure-alone = غير متأكد (اختر هذا وحده)
interview-quit = خروج (يمكنك الحفظ أولًا)
interview-tick-alone = { $item } (اختر هذا وحده)
interview-ticked-together = اخترت «{ $what }» واخترت أيضًا { $others }: ألغِ اختيار أحدهما.
interview-needs-answer = هذا السؤال يحتاج إلى إجابة لإعداد الخطة
interview-first-question = هذا هو السؤال الأول؛ لا يوجد سؤال سابق للعودة إليه
interview-type-number = يُرجى كتابة رقم، مثل { $example }
interview-yes-or-no = يُرجى الإجابة بكتابة `yes` (نعم) أو `no` (لا)
interview-dropped = حُذفت إجابتك عن «{ $question }» ({ $answer }) لأنها لم تعد تنطبق.
interview-progress = السؤال { $position } — المتبقي نحو { $left }
interview-progress-maybe-more = السؤال { $position } — ربما بقيت أسئلة قليلة
interview-progress-at-least = السؤال { $position } — المتبقي { $least } أو أكثر
interview-progress-nearly-done = السؤال { $position } — أوشكت على الانتهاء
interview-show-plan = اعرض خطتي
interview-continue = متابعة الأسئلة (المتبقي نحو { $left })
interview-continue-at-least = متابعة الأسئلة (المتبقي { $least } أو أكثر)
interview-not-answered = لم تتم الإجابة بعد
interview-review-prompt = إجاباتك. اختر إجابة لتغييرها، أو تابع
interview-review-intro = راجع إجاباتك قبل عرض الخطة.
interview-change = غيّر إجابتك: { $question }
interview-how-to-stop = للتوقف، اختر «خروج» (أو اضغط Esc): يمكنك حفظ إجاباتك أولًا.
    يوقف Ctrl-C البرنامج فورًا، دون حفظ.
interview-opened = فُتح الملف { $file }.
interview-welcome = أجب عن بضعة أسئلة لتحصل على خطتك الخاصة. لا يغادر أي شيء هذا الحاسوب، ولا يُحفظ شيء إلا إذا اخترت حفظه.
interview-save-session = هل تريد حفظ هذه الجلسة لتفتحها مرة أخرى لاحقًا؟
interview-nothing-saved = لم يُحفظ أي شيء.
interview-after-short = هذه خطتك باختصار. ماذا تريد أن تفعل بعد ذلك؟
interview-read-plan = اقرأ الخطة كاملة هنا، شاشة بعد شاشة
interview-go-on = تابع: احفظ نسخة للطباعة أو احفظ هذه الجلسة
pager-more = -- Enter أو Space: المزيد. Q: توقف. (قرأت { $percent }%) --
interview-help-ticks = Space لاختيار عنصر أو إلغاء اختياره، و Enter عند الانتهاء، و Esc للخروج.
interview-help-typed = اكتب إجابتك واضغط Enter. اكتب ? لخيارات أخرى: `back` (رجوع)، `not sure` (غير متأكد)، `quit` (خروج).
interview-help-date = اكتب التاريخ هكذا 10/05/2026 (اليوم، الشهر، السنة)، أو الشهر فقط هكذا 05/2026، ثم اضغط Enter. اكتب ? لخيارات أخرى: `back` (رجوع)، `not sure` (غير متأكد)، `quit` (خروج).
interview-help-list = استخدم مفاتيح الأسهم للتنقل، و Enter للاختيار، و Esc للخروج.
interview-type-an-answer = اكتب إجابة
interview-what-now = ماذا تريد أن تفعل؟
interview-yes = نعم
interview-no = لا
save-handout-only = لم تُحفظ إجاباتك (حُفظت النسخة المخصصة للطباعة فقط).
save-saved-to = تم الحفظ في { $file }.
    يحتوي الملف على معلومات شخصية: حافظ على خصوصيته. لفتحه مرة أخرى:
        requal advise --resume { $file }
save-handout-question = هل تريد حفظ نسخة من هذه الخطة للطباعة أو لأخذها معك؟ (صفحة ويب)
save-handout-yes = نعم، احفظ النسخة في ملف
save-handout-no = لا أريد نسخة للطباعة
save-handout-declined = لم تُحفظ أي نسخة للطباعة.
save-handout-saved = حُفظت النسخة المخصصة للطباعة في { $file }.
    افتحها في متصفح الويب لقراءتها أو طباعتها. تحتوي على معلومات شخصية: حافظ على خصوصيتها.
list-and = { $rest } و { $last }
list-separator = {"، "}
stale-translation-notice = بعض النصوص بالإنجليزية ريثما تُحدَّث ترجمتها.
choose-language = اللغة
language-name = العربية (Arabic)
machine-translation-notice = هذا النص ترجمة آلية لم يراجعها بعد أي شخص يتقن اللغة. النص الإنجليزي هو المعتمد: اسأل مستشارًا إذا كان أي شيء غير واضح.
note-language-resolved = ملاحظة: تُعرض `{ $lang }` بلغة `{ $shown }`، وهي أقرب لغة متوفرة لدينا.
note-language-missing = ملاحظة: لا تحتوي هذه القواعد على نصوص بلغة `{ $lang }` بعد، لذلك تظهر بالإنجليزية (اللغات الموجودة في القواعد: { $carried })
save-file-name = اسم الملف (اكتب `cancel` لإلغاء الحفظ)
save-cancel-word = cancel
save-exists = الملف { $file } موجود من قبل. هل تريد استبداله؟
save-choose-another = لا، سأختار اسمًا آخر
save-replace = نعم، استبدله
save-do-not-save = لا تحفظ
save-could-not = تعذّر الحفظ في { $file }: { $error }
save-what-now = ماذا تريد أن تفعل الآن؟
save-error-permission = لا يُسمح لك بكتابة ملفات في هذا المكان
save-error-no-folder = هذا المجلد غير موجود
save-error-exists = يوجد ملف بهذا الاسم من قبل
save-error-folder = هذا اسم مجلد، وليس اسم ملف
save-error-full = القرص ممتلئ
save-try-another = جرّب اسمًا آخر
save-leftover = ملاحظة: حُفظ الملف، لكن تعذّر حذف الملف المؤقت { $file } ({ $error }). يحتوي على المعلومات الشخصية نفسها: يُرجى حذفه.
resume-saved-on = حُفظت الجلسة في { $date } باستخدام القواعد { $rules } { $version }.
resume-rules-changed = تغيّرت القواعد منذ ذلك الحين: تستخدم هذه الجلسة الآن القواعد { $rules } { $version } ({ $hash }).
resume-no-record = لا يحتوي هذا الملف على سجل للخطة السابقة، لذلك لا يمكن عرض التغييرات.
resume-no-change = لا يؤثر أيٌّ من التغييرات في خطتك.
resume-what-changed = ما الذي تغيّر في خطتك:
resume-kind = { $kind ->
        [route] مسار
        [step] خطوة
        [role] وظيفة انتقالية
        [support] منظمة دعم
        [warning] تنبيه
       *[other] عنصر
    }
resume-attribute = { $attribute ->
        [status] الحالة
        [cost] التكلفة
        [time] المدة
        [open] متاحة
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute } { $value }
resume-new = تمت إضافة { $kind } إلى خطتك: «{ $title }»
resume-new-with = تمت إضافة { $kind } إلى خطتك: «{ $title }» ({ $extra })
resume-changed = تغيير في { $kind } «{ $title }»: { $attribute }، سابقًا { $was }، والآن { $now }
resume-removed = تمت إزالة { $kind } «{ $title }» من خطتك
resume-none = لا شيء
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] طُلب من requal أن يتوقف
       *[hung-up] أُغلقت نافذة الطرفية
    }
stopped-nothing-saved = توقف البرنامج ({ $why }). لم يُحفظ أي شيء: فُقدت إجاباتك.
stopped-next-time = في المرة القادمة، اختر «خروج» (أو اضغط Esc) لتحفظ إجاباتك قبل أن تتوقف.
stopped-saved-before = توقف البرنامج ({ $why }). لم يُحفظ أي شيء آخر. ما حُفظ من قبل: { $files }.

## إجابات لا يمكن استخدامها (مكتوبة في المقابلة، أو في ملف إجابات).
answer-not-an-option = `{ $value }` ليس أحد الخيارات: { $options } (أو "not-sure")
answer-not-an-option-list = `{ $value }` ليس أحد الخيارات: { $options }
answer-not-a-grade = `{ $value }` ليس تقديرًا في OET (A أو B أو C+ أو C أو D أو E)
answer-expected = المتوقع { $kind ->
        [choice] أحد الخيارات، بين علامتي اقتباس
        [multi-choice] قائمة مثل ["plab-1"]
        [bool] true أو false
        [number] رقم
        [date] تاريخ مثل 2026-03-01
       *[oet-grade] تقدير في OET مثل "B"
    }
answer-in-future = { $value } تاريخ في المستقبل (تاريخ اليوم { $today })
answer-in-future-help = اكتب التاريخ الذي حدث فيه ذلك، أو "not-sure"
answer-bad-value = قيمة غير صالحة للمفتاح `{ $key }`
answer-not-toml = هذا الملف ليس بصيغة TOML صالحة
answer-not-a-number = ليس رقمًا
answer-expected-quoted-list = المتوقع قائمة من القيم بين علامات اقتباس
answer-not-a-table = المتوقع قيمة، وليس جدولًا
answer-did-you-mean = هل تقصد `{ $id }`؟
answer-key-help = الأمر `requal explain questions` يعرض معرّفات كل الأسئلة
answer-unknown-key = `{ $key }` ليس سؤالًا في مجموعة القواعد هذه
answer-unknown-key-label = مفتاح غير معروف
answer-session-invalid = الجدول `[session]` غير صالح: { $detail }
answer-session-label = في `session`
answer-not-a-choice = `{ $value }` ليس أحد الخيارات: { $options }
date-error-shape = المتوقع تاريخ مكتوب بالترتيب سنة-شهر-يوم، مثل 2026-03-15 ليوم 15 مارس (آذار) 2026، لكن المكتوب هو `{ $value }`
date-error-person-shape = لا نستطيع قراءة `{ $value }` كتاريخ: اكتبه هكذا 10/05/2026 أو 2026-05-10 أو May 2026
date-error-no-month = `{ $value }` ليس تاريخًا حقيقيًا: لا يوجد شهر رقمه { $month }
date-error-no-day = `{ $value }` ليس تاريخًا حقيقيًا: عدد أيام شهر { $month ->
        [1] يناير (كانون الثاني)
        [2] فبراير (شباط)
        [3] مارس (آذار)
        [4] أبريل (نيسان)
        [5] مايو (أيار)
        [6] يونيو (حزيران)
        [7] يوليو (تموز)
        [8] أغسطس (آب)
        [9] سبتمبر (أيلول)
        [10] أكتوبر (تشرين الأول)
        [11] نوفمبر (تشرين الثاني)
       *[12] ديسمبر (كانون الأول)
    } من سنة { $year } هو { $days }
date-error-not-real = `{ $value }` ليس تاريخًا حقيقيًا
date-error-too-early = { $value } قبل { $earliest }: تحقّق من السنة
answer-below-min = { $value } أقل من أدنى قيمة مسموح بها، وهي { $min }
answer-above-max = { $value } أعلى من أعلى قيمة مسموح بها، وهي { $max }
answer-off-step = القيمة { $value } غير مسموح بها: القيم تتدرّج بمقدار { $step } (مثلًا { $lower } أو { $upper })

## مشكلات في ملف الإجابات، كما يقرؤها المشارك.
problem-error = خطأ
problem-warning = تحذير
problem-help = مساعدة
problem-none = لم نجد أي مشكلات
problem-summary = { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } و{ $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }
answers-unreadable = لا يمكن قراءة الملف: { $why }
answers-unreadable-label = هنا
answers-utf16 = هذا نص بترميز UTF-16؛ احفظه بترميز UTF-8 (تتيح معظم برامج التحرير ذلك من خلال «حفظ باسم» أو "Save as")
answers-not-utf8 = هذا ليس نصًا بترميز UTF-8 (أول بايت غير صالح في الموضع { $offset })؛ احفظه بترميز UTF-8

## أسطر الأوامر نفسها، للمشارك أو المستشار.
note-rules-changed-same-version = ملاحظة: تغيّرت القواعد منذ حفظ هذه الإجابات (الإصدار نفسه { $version }، لكن المحتوى مختلف)
note-rules-changed = ملاحظة: حُفظت هذه الإجابات باستخدام القواعد { $saved_rules } { $saved_version }؛ وهذه الخطة تستخدم القواعد { $rules } { $version }
no-terminal = خطأ: جلسة الإرشاد تحتاج إلى طرفية تفاعلية
    مساعدة: لإعداد خطة دون أسئلة، اكتب ملف إجابات وشغّل `requal plan --answers FILE`
answers-unusable-plan = خطأ: يحتوي `{ $file }` على إجابات لا تستطيع مجموعة القواعد هذه استخدامها؛ لم تُعَدّ أي خطة
answers-unusable-resume = خطأ: يحتوي `{ $file }` على إجابات لا تستطيع مجموعة القواعد هذه استخدامها؛ صحّحها وحاول مرة أخرى
ruleset-has-errors = خطأ: في مجموعة القواعد أخطاء، لذلك لا يمكن إعداد خطة؛ شغّل `requal lint` لمعرفة التفاصيل

## `requal explain`: معنى سؤال أو مسار أو خطوة أو متطلب لغة إنجليزية أو مصطلح.
explain-question = السؤال `{ $id }`
explain-asked-when = يُطرح عندما: { $condition }
explain-number-range = رقم من { $min } إلى { $max }، يتدرّج بمقدار { $step }
explain-route = المسار `{ $id }`: { $title }
explain-for = لأصحاب المهن: { $professions }
explain-requires = يتطلب: { $condition }  ({ $why })
explain-steps-in-order = الخطوات، بالترتيب:
explain-english = متطلب اللغة الإنجليزية `{ $id }`: { $title }
explain-from-until = من { $from } حتى { $until }
explain-from = من { $from }
explain-until = حتى { $until }
explain-not-confirmed = غير مؤكد
explain-valid-months = مدة احتساب النتائج بالأشهر: { $months }.
explain-step = الخطوة `{ $id }`: { $title }
explain-role = الوظيفة `{ $id }`: { $title }
explain-warning = التنبيه `{ $id }`
explain-organisation = المنظمة `{ $id }`: { $name }
explain-done-when = تُعدّ منجزة عندما: { $condition }
explain-after = بعد: { $steps }
explain-step-of-routes = `{ $id }` خطوة في هذه المسارات (لشرح إحداها استخدم `requal explain ROUTE.STEP`):
explain-did-you-mean = مساعدة: هل تقصد `{ $id }`؟
explain-unknown = خطأ: `{ $id }` ليس رمز فحص (lint)، ولا سؤالًا، ولا مسارًا، ولا خطوة (route.step)، ولا متطلب لغة إنجليزية، ولا وظيفة، ولا منظمة، ولا مصطلحًا
explain-lists = مساعدة: الأوامر `requal explain lints` و`explain questions` و`explain routes` و`explain terms` تعرض قوائمها

## `requal progress`: تسجيل الخطوات المنجزة بين الجلسات.
progress-ask = هل أنجزت أيًّا من هذه الخطوات منذ الحفظ؟ اختر خطوة لتضع عليها علامة «تمّت».
progress-none-done = لا شيء آخر: انتقل إلى إجاباتي
progress-marked-now = وُضعت علامة «تمّت» على «{ $title }» اليوم. تُحفظ العلامة عندما تحفظ الجلسة.
progress-unknown-step = خطأ: `{ $step }` ليست خطوة في هذه القواعد (اكتبها بالشكل ROUTE.STEP)
progress-list-steps = مساعدة: الأمر `requal explain routes` يعرض كل خطوة بالشكل ROUTE.STEP
progress-note-too-long = الملاحظة طويلة جدًا: الحد الأقصى لعدد الأحرف هو { $max }
progress-marked = وُضعت علامة «تمّت» على «{ $title }» ({ $step }) بتاريخ { $date }. تم الحفظ.
progress-unmarked = أُزيلت علامة «تمّت» عن «{ $title }» ({ $step }). تم الحفظ.
progress-not-marked = لم تكن على «{ $title }» ({ $step }) علامة «تمّت»: لم يتغير شيء.

## `requal plan --compare-rules OLD`: كيف تتغير خطة شخص واحد مع قواعد أحدث.
compare-heading = كيف تتغير خطتك من القواعد { $old } إلى القواعد { $new }:
compare-same = خطتك هي نفسها مع مجموعتي القواعد كلتيهما.
compare-route-new = جديد في خطتك: { $route } ({ $status }).
compare-route-gone = لم يعد في خطتك: { $route }.
compare-route-status = { $route }: سابقًا { $before }، والآن { $after }.
compare-step-new = { $route }: خطوة جديدة، «{ $step }».
compare-step-gone = { $route }: لم تعد الخطوة «{ $step }» موجودة.
compare-step-status = «{ $step }»: سابقًا { $before }، والآن { $after }.
compare-fee = «{ $step }»: الرسوم سابقًا { $before }، والآن { $after }.
compare-fee-new = «{ $step }»: رسوم جديدة قدرها { $after }.
compare-fee-gone = «{ $step }»: لم تعد هناك رسوم قدرها { $before }.
compare-warning-new = تنبيه جديد: { $text }
compare-warning-gone = لم يعد يستدعي الانتباه: { $text }
