# The interface catalogue, Persian (fa), written so that Dari readers can also follow it.
# Machine translation of en.ftl: same ids and arguments as en.ftl.
# Rule content (titles, labels, answers as shown) arrives in arguments already in the
# person's language.

## A sentence written in the rules themselves.
rule-text = { $text }

## Answers, as the condition language reads them.
answer-is = { $label } شما { $answer } است
answer-yes-no = { $label }: { $answer }
answer-not-sure = شما از { $label } خود مطمئن نیستید
answer-unknown = ما { $label } شما را نمی‌دانیم
list-includes = { $label } شما شامل { $answer } است
list-excludes = { $label } شما شامل { $answer } نیست
date-since-days = { $label } شما { $answer } است ({ $elapsed ->
        [one] { $elapsed } روز
       *[other] { $elapsed } روز
    } پیش)
date-since-months = { $label } شما { $answer } است ({ $elapsed ->
        [one] { $elapsed } ماه
       *[other] { $elapsed } ماه
    } پیش)
date-since-years = { $label } شما { $answer } است ({ $elapsed ->
        [one] { $elapsed } سال
       *[other] { $elapsed } سال
    } پیش)

## English tests.
english-summary = { $summary }
english-no-test = شما هنوز امتحان زبان انگلیسی نداده‌اید
date-month-only = شما فقط ماه { $label } خود را گفته‌اید، پس برای احتیاط از روز اول آن ماه حساب می‌کنیم
english-date-month-only = شما فقط ماه امتحان خود را گفته‌اید، پس برای احتیاط از روز اول آن ماه حساب می‌کنیم
english-test-unknown = شما مطمئن نیستید کدام امتحان انگلیسی را داده‌اید: برگهٔ نتیجهٔ امتحان (Test Report Form) یا نتایج OET خود را پیدا کنید
english-test-not-accepted = { $requirement } امتحان { $test } را نمی‌پذیرد
english-below = { $kind ->
        [score] نمرهٔ
       *[grade] درجهٔ
    } { english-part } شما در { $test }، یعنی { $have }، کمتر از حداقل لازم است: { $kind ->
        [score] { $need }
       *[grade] درجهٔ { $need }
    }
english-part-unknown = ما { $kind ->
        [score] نمرهٔ
       *[grade] درجهٔ
    } { english-part } شما را در { $test } نمی‌دانیم
english-part = { $part ->
        [listening] شنیدن
        [reading] خواندن
        [writing] نوشتن
        [speaking] صحبت کردن
       *[overall] کلی
    }
english-too-old = امتحان شما در تاریخ { $date } برگزار شده و { $age } ماه از آن گذشته است؛ نتایج { $months } ماه اعتبار دارند
english-too-old-unconfirmed = امتحان شما در تاریخ { $date } برگزار شده و { $age } ماه از آن گذشته است؛ شاید نتایج فقط { $months } ماه اعتبار داشته باشند { unconfirmed-marker }
english-date-unknown = ما تاریخ امتحان شما را نمی‌دانیم؛ نتایج { $months } ماه اعتبار دارند
english-date-unknown-unconfirmed = ما تاریخ امتحان شما را نمی‌دانیم؛ شاید نتایج فقط { $months } ماه اعتبار داشته باشند { unconfirmed-marker }
english-met = نتایج { $test } شما به همهٔ حداقل‌ها می‌رسد
english-unconfirmed = این حداقل‌های { $test } تأیید نشده‌اند: از نهاد ناظر بپرسید.

## Routes, steps and roles.
not-sure-yet = هنوز معلوم نیست: { $text }
not-sure-yet-because = هنوز معلوم نیست: { $text } ({ $because })
step-implied-done = انجام‌شده: این مرحله پیش از «{ $later }» می‌آید، و شما آن را انجام داده‌اید.
step-find-out = اول این را معلوم کنید.
step-blocked-if-not-done = اگر هنوز انجام نشده باشد، مسدود است: { $because }
step-blocked = مسدود: { $because }
step-not-open-now = این مرحله فعلاً برای شما باز نیست
step-blocked-until = مسدود است تا وقتی که بتوانید «{ $step }» را انجام دهید.
step-marked-done = شما این مرحله را به‌عنوان انجام‌شده علامت زده‌اید
step-marked-done-on = شما این مرحله را در تاریخ { $date } به‌عنوان انجام‌شده علامت زده‌اید
step-done-evidence = مدرک شما: { $note }
step-after = { $count ->
        [one] بعد از مرحلهٔ { $steps }.
       *[other] بعد از مراحل { $steps }.
    }
step-check-first = اول بررسی کنید: { $because }
step-check-first-because = اول بررسی کنید: { $because } ({ $unknown })
step-may-not-be-open = شاید این مرحله فعلاً برای شما باز نباشد
step-only-for-some = این مرحله فقط برای بعضی افراد است. اول معلوم کنید که آیا به شما مربوط می‌شود ({ $unknown }).

## Warnings the engine adds itself.
warning-profession-unknown = ما حرفهٔ شما را نمی‌دانیم، پس هیچ مسیر ثبت‌نامی نشان داده نمی‌شود. برای دیدن مسیرهای خود، به سؤال حرفه پاسخ دهید.
warning-no-open-route = هیچ‌کدام از مسیرهای این قواعد با پاسخ‌های شما مطابقت ندارد. دربارهٔ وضعیت خود از { $regulator } بپرسید، و با یکی از سازمان‌های زیر صحبت کنید.
warning-no-open-route-unknown-regulator = هیچ‌کدام از مسیرهای این قواعد با پاسخ‌های شما مطابقت ندارد. دربارهٔ وضعیت خود از نهاد ناظر حرفهٔ خود بپرسید، و با یکی از سازمان‌های زیر صحبت کنید.
warning-done-not-confirmed = این مراحل با اطلاعاتی که نتوانستیم تأیید کنیم، انجام‌شده علامت خورده‌اند: { $steps }. پیش از اینکه به آن‌ها اعتماد کنید، با نهاد ناظر بررسی کنید.
warning-may-apply = شاید این به شما مربوط باشد ({ $because }). { $text }

## Organisations.
support-region = در منطقهٔ شما ({ $region }) کار می‌کند
support-profession = به افراد حرفهٔ شما ({ $profession }) کمک می‌کند
support-may-help = شاید به شما کمک کند: اول معلوم کنید ({ $because })

## Fees and times.
cost-may-be-instead = شاید به جای آن { $amount } باشد: { $label } ({ $because }).
duration-days = { $min ->
        [one] 1 روز
       *[other] { $min } روز
    }
duration-weeks = { $min ->
        [one] 1 هفته
       *[other] { $min } هفته
    }
duration-months = { $min ->
        [one] 1 ماه
       *[other] { $min } ماه
    }
duration-years = { $min ->
        [one] 1 سال
       *[other] { $min } سال
    }
duration-range-days = { $min }–{ $max } روز
duration-range-weeks = { $min }–{ $max } هفته
duration-range-months = { $min }–{ $max } ماه
duration-range-years = { $min }–{ $max } سال

## The plan as a person reads it: headings, labels and lines, in every format.
plan-meta = برنامه برای { $who } در تاریخ { $date } (قواعد { $rules } { $version }، { $hash })
plan-meta-you = برنامه برای شما در تاریخ { $date } (قواعد { $rules } { $version }، { $hash })
plan-title = برنامهٔ شما: { $profession }
plan-title-you = برنامهٔ شما
answers-heading = پاسخ‌های شما
answers-intro = این برنامه در تاریخ { $date } بر اساس این پاسخ‌ها ساخته شد. اگر یکی از آن‌ها اشتباه باشد، شاید برنامه هم اشتباه باشد: requal را دوباره با پاسخ درست اجرا کنید.
short-heading = خلاصهٔ برنامهٔ شما
unconfirmed-marker = (?)
unconfirmed-legend = (?) یعنی ما نتوانستیم آن را تأیید کنیم. پیش از اینکه به آن اعتماد کنید، آن را بررسی کنید. دربارهٔ مسیرها، مراحل و هزینه‌ها از نهاد ناظر بپرسید. دربارهٔ کمک هر سازمان از خود آن سازمان بپرسید، و دربارهٔ یک کار از کارفرما. دربارهٔ مهاجرت از یک مشاور مهاجرت بپرسید.
common-reasons = برای همهٔ این‌ها: { $reasons }.
common-reasons-open-jobs = برای کارهایی که اکنون برای شما باز است: { $reasons }.
common-reasons-closed-jobs = برای کارهایی که هنوز برای شما باز نیست: { $reasons }.
same-as-before = مانند مسیر «{ $route }» در بالا.
short-for-whom = این برنامه برای کسی است که گفته است:
short-answer = { $label }: { $answer }
short-route = بهترین مسیر شما: { $route } ({ $regulator }).
short-no-route = هیچ مسیر ثبت‌نامی در این قواعد اکنون برای شما باز نیست. برنامهٔ زیر می‌گوید چرا، و در این میان چه کاری می‌توانید بکنید.
short-possible-routes = هنوز هیچ مسیری برای شما روشن‌تر از بقیه نیست. شاید این مسیرها مناسب باشند: { $routes }. مراحلی که علامت «بررسی» دارند، به شما می‌گویند چه چیزی را باید معلوم کنید.
short-deadline = { $kind ->
       *[english-results] نتایج امتحان انگلیسی شما تا { $date } اعتبار دارد. مراحلی را که به این نتایج نیاز دارند، پیش از آن تاریخ تمام کنید.
    }
short-fees-range = { $min } تا { $max }
short-fees = هزینه‌هایی که هنوز باید بپردازید: حدود { $amount } ({ $count ->
        [one] 1 هزینه
       *[other] { $count } هزینه
    }{ $unconfirmed ->
        [0] {""}
       *[other] ، { $unconfirmed } مورد تأییدنشده
    }).
short-fees-reduced = بعضی از این هزینه‌ها برای شما پس داده می‌شود یا بخشیده می‌شود: مراحل را ببینید.
short-fees-help = شاید برای این هزینه‌ها کمکی وجود داشته باشد: برنامهٔ کامل می‌گوید کجا.
short-fees-no-help = در قواعد ما هیچ کمکی برای این هزینه‌ها پیدا نکردیم. از سازمان‌های زیر بپرسید.
short-time = تقریباً چقدر طول می‌کشد تا بتوانید ثبت‌نام کنید: { $time }.
short-time-partial = چقدر طول می‌کشد تا بتوانید ثبت‌نام کنید: هنوز نمی‌توانیم بگوییم. { $unknown ->
        [one] برای یک مرحله
       *[other] برای { $unknown } مرحله
    } در قواعد ما زمانی نیامده است. مراحلی که زمان دارند، روی هم حدود { $time } طول می‌کشند.
short-time-unknown = نمی‌توانیم بگوییم این مسیر چقدر طول می‌کشد: قواعد ما برای مراحل آن هیچ زمانی نمی‌دهند.
short-contacts = چه کسی می‌تواند کمک کند:
short-more = برنامهٔ کامل در ادامه می‌آید: همهٔ مراحل، دلیل آن‌ها، هزینه‌ها، کارهایی که در این میان می‌توانید انجام دهید، و منابع.
next-heading = مراحل بعدی شما
next-route-intro = اگر مسیر «{ $route }» مسیر شماست:
next-check-first = { $step } (اول این را بررسی کنید)
warnings-heading = مراقب باشید
routes-heading = مسیرها
no-routes = هیچ مسیر ثبت‌نامی در این قواعد با پاسخ‌های شما مطابقت ندارد.
route-heading = { $status ->
        [recommended] مسیر پیشنهادی
       *[possible] مسیر ممکن
    }: { $title }
regulator-line = نهاد ناظر: { $regulator }
steps-column-number = #
steps-column-step = مرحله: چه کاری باید بکنید، و چرا
steps-column-status = وضعیت
steps-column-cost = هزینه و زمان
status-done = انجام‌شده
status-next = بعدی
status-todo = باید انجام شود
status-blocked = مسدود
status-check = بررسی
sources-line = منابع: { $cite }
cost-line = { $label }: { $amount }
time-line = زمان: { $time }
closed-heading = مسیرهایی که اکنون برای شما باز نیستند
closed-column-route = مسیر
closed-column-why = چرا نه
closed-column-meanwhile = در این میان
meanwhile-line = در این میان: { $text }
roles-heading = کارهای میانی (قدمی به سوی کار اصلی)
roles-column-role = کار
roles-column-open = اکنون باز است؟
roles-column-why = چرا
role-open = اکنون باز است
role-not-open = هنوز باز نیست
role-check = هنوز معلوم نیست
support-heading = کمک در نزدیکی شما
support-column-organisation = سازمان
support-column-why = چرا
support-column-website = وب‌سایت
glossary-heading = معنی واژه‌ها
sources-heading = منابع
source-checked = بررسی‌شده در { $verified }
source-checked-dated = تاریخ صفحه: { $page }؛ بررسی‌شده در { $verified }
source-overdue = { $checked }، زمان بررسی دوبارهٔ آن گذشته است
cost-item = هزینه: { $cost }

## Who can confirm what we could not.

## Answers as shown.
answer-yes = بله
answer-no = نه
answer-none = هیچ
answer-not-sure-shown = مطمئن نیستم
answer-not-known = نامعلوم
amount-free = رایگان

## How numbers and amounts are written: the digit-group mark, the decimal mark, and where
## the currency goes.
number-group-mark = ,
number-decimal-mark = .
money-symbol = { $symbol }{ $number }
money-code = { $number } { $code }
route-status-recommended = پیشنهادی
route-status-possible = ممکن
route-status-not-open = باز نیست

## An English requirement in one sentence: each accepted test and its minimums.
english-score = { $kind ->
        [band] { $value }
       *[grade] درجهٔ { $value }
    }
english-score-group = { $score } در { $parts }
english-form-overall-parts = { $test } با نمرهٔ کلی { $overall } و دست‌کم { $groups }
english-form-overall = { $test } با نمرهٔ کلی { $overall }
english-form-parts = { $test } با دست‌کم { $groups }
english-form-test = { $test }
english-form = { $scores }، { $sitting ->
        [one] در یک نوبت امتحان
       *[two] در یک نوبت امتحان، یا در دو نوبت در مدت 12 ماه
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }، یا در دو نوبت امتحان در مدت 12 ماه{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. یا { $rest }
english-none-accepted = در این تاریخ هیچ امتحانی پذیرفته نمی‌شود
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. نتایج از تاریخ امتحان { $months } ماه اعتبار دارند
english-requirement-valid-unconfirmed = { $title }: { $forms }. شاید نتایج فقط { $months } ماه از تاریخ امتحان اعتبار داشته باشند { unconfirmed-marker }

## The interview.
interview-back = برگشت به سؤال قبلی
interview-back-to-review = برگشت به فهرست پاسخ‌ها (بدون تغییر)
interview-leave-question = پیش از رفتن، پاسخ‌هایی را که تا اینجا داده‌اید ذخیره می‌کنید؟
interview-go-back = برگشت به سؤال‌ها
interview-go-back-to-review = برگشت به فهرست پاسخ‌ها
interview-save-it = بله، در یک فایل ذخیره شود
interview-do-not-save = نه، ذخیره نشود
interview-not-sure = مطمئن نیستم
interview-not-sure-alone = مطمئن نیستم (فقط همین را علامت بزنید)
interview-quit = خروج (می‌توانید اول ذخیره کنید)
interview-tick-alone = { $item } (فقط همین را علامت بزنید)
interview-ticked-together = شما «{ $what }» و همچنین { $others } را علامت زده‌اید: علامت یکی از آن‌ها را بردارید.
interview-needs-answer = برای ساختن برنامه، این سؤال باید پاسخ داشته باشد
interview-first-question = این اولین سؤال است؛ سؤال قبلی وجود ندارد
interview-type-number = لطفاً یک عدد بنویسید، مثلاً { $example }
interview-yes-or-no = لطفاً `yes` یا `no` بنویسید
interview-dropped = پاسخ شما به «{ $question }» ({ $answer }) حذف شد، چون دیگر به شما مربوط نیست.
interview-progress = سؤال { $position } — حدود { $left } سؤال مانده
interview-progress-maybe-more = سؤال { $position } — شاید چند سؤال دیگر
interview-progress-at-least = سؤال { $position } — { $least } سؤال یا بیشتر مانده
interview-progress-nearly-done = سؤال { $position } — تقریباً تمام است
interview-show-plan = نشان دادن برنامهٔ من
interview-continue = ادامهٔ سؤال‌ها (حدود { $left } سؤال مانده)
interview-continue-at-least = ادامهٔ سؤال‌ها ({ $least } سؤال یا بیشتر مانده)
interview-not-answered = هنوز پاسخ داده نشده
interview-review-prompt = پاسخ‌های شما. برای تغییر یکی، آن را انتخاب کنید، یا ادامه دهید
interview-review-intro = پیش از دیدن برنامه، پاسخ‌های خود را بررسی کنید.
interview-change = تغییر پاسخ: { $question }
interview-how-to-stop = برای توقف، «خروج» را انتخاب کنید (یا Esc را بزنید): می‌توانید اول پاسخ‌های خود را ذخیره کنید.
    Ctrl-C فوراً و بدون ذخیره متوقف می‌کند.
interview-opened = { $file } باز شد.
interview-welcome = به چند سؤال پاسخ دهید تا برنامهٔ خودتان را بگیرید. هیچ چیزی از این کامپیوتر بیرون نمی‌رود، و هیچ چیزی ذخیره نمی‌شود، مگر اینکه خودتان بخواهید.
interview-save-session = این جلسه را ذخیره می‌کنید تا بعداً دوباره بازش کنید؟
interview-nothing-saved = چیزی ذخیره نشد.
interview-after-short = این خلاصهٔ برنامهٔ شماست. قدم بعدی چیست؟
interview-read-plan = خواندن کل برنامه همین‌جا، صفحه به صفحه
interview-go-on = ادامه: ذخیرهٔ نسخهٔ چاپی یا ذخیرهٔ این جلسه
pager-more = -- Enter یا Space: ادامه. Q: توقف. ({ $percent }% خوانده شد) --
interview-help-ticks = با Space علامت بزنید یا علامت را بردارید. وقتی تمام شد، Enter را بزنید. برای خروج، Esc را بزنید.
interview-help-typed = پاسخ خود را بنویسید و Enter را بزنید. برای گزینه‌های دیگر، ? را بنویسید: `back`، `not sure`، `quit`.
interview-help-date = تاریخ را مثل 10/05/2026 (روز، ماه، سال) بنویسید، یا فقط ماه را مثل 05/2026، و Enter را بزنید. برای گزینه‌های دیگر، ? را بنویسید: `back`، `not sure`، `quit`.
interview-help-list = با کلیدهای جهت‌نما جابه‌جا شوید، با Enter انتخاب کنید، با Esc خارج شوید.
interview-type-an-answer = یک پاسخ بنویسید
interview-what-now = چه کاری می‌خواهید بکنید؟
interview-yes = بله
interview-no = نه
save-handout-only = پاسخ‌های شما ذخیره نشد (فقط نسخهٔ چاپی ذخیره شد).
save-saved-to = در { $file } ذخیره شد.
    این فایل اطلاعات شخصی دارد: آن را خصوصی نگه دارید. برای باز کردن دوبارهٔ آن:
        requal advise --resume { $file }
save-handout-question = یک نسخهٔ چاپی از این برنامه ذخیره شود، تا آن را چاپ کنید یا با خود ببرید؟ (یک صفحهٔ وب)
save-handout-yes = بله، نسخهٔ چاپی در یک فایل ذخیره شود
save-handout-no = نسخهٔ چاپی نمی‌خواهم
save-handout-declined = هیچ نسخهٔ چاپی ذخیره نشد.
save-handout-saved = نسخهٔ چاپی در { $file } ذخیره شد.
    برای خواندن یا چاپ، آن را در یک مرورگر وب باز کنید. این فایل اطلاعات شخصی دارد: آن را خصوصی نگه دارید.
list-and = { $rest } و { $last }
list-separator = {"، "}
stale-translation-notice = برخی متن‌ها تا به‌روز شدن ترجمه‌شان به انگلیسی هستند.
choose-language = زبان
language-name = فارسی / دری (Farsi, Dari)
machine-translation-notice = این متن با ماشین ترجمه شده است و هنوز هیچ فرد مسلط به این زبان آن را بررسی نکرده است. متن انگلیسی معتبر است: اگر چیزی روشن نیست، از یک مشاور بپرسید.
note-language-resolved = توجه: `{ $lang }` به زبان `{ $shown }` نشان داده می‌شود، که نزدیک‌ترین زبانی است که داریم.
note-language-missing = توجه: این قواعد هنوز هیچ متنی به زبان `{ $lang }` ندارند، پس به انگلیسی نشان داده می‌شوند (زبان‌های این قواعد: { $carried })
save-file-name = نام فایل (اگر نمی‌خواهید ذخیره شود، `cancel` بنویسید)
save-cancel-word = cancel
save-exists = { $file } از قبل وجود دارد. جایگزین شود؟
save-choose-another = نه، نام دیگری انتخاب می‌کنم
save-replace = بله، جایگزین شود
save-do-not-save = ذخیره نشود
save-could-not = ذخیره در { $file } ممکن نشد: { $error }
save-what-now = حالا چه کاری می‌خواهید بکنید؟
save-error-permission = شما اجازهٔ نوشتن فایل در آنجا را ندارید
save-error-no-folder = آن پوشه وجود ندارد
save-error-exists = فایلی با این نام از قبل وجود دارد
save-error-folder = این یک پوشه است، نه نام فایل
save-error-full = دیسک پر است
save-try-another = نام دیگری را امتحان کنید
save-leftover = توجه: فایل ذخیره شد، اما فایل موقت { $file } پاک نشد ({ $error }). این فایل هم همان اطلاعات شخصی را دارد: لطفاً آن را پاک کنید.
resume-saved-on = این جلسه در تاریخ { $date } با قواعد { $rules } { $version } ذخیره شده بود.
resume-rules-changed = قواعد از آن زمان تغییر کرده‌اند: این جلسه اکنون از قواعد { $rules } { $version } ({ $hash }) استفاده می‌کند.
resume-no-record = در این فایل سابقه‌ای از برنامهٔ قبلی نیست، پس نمی‌توانیم تغییرات را فهرست کنیم.
resume-no-change = هیچ‌کدام از تغییرات روی برنامهٔ شما اثری ندارد.
resume-what-changed = چه چیزهایی در برنامهٔ شما تغییر کرد:
resume-kind = { $kind ->
        [route] مسیر
        [step] مرحله
        [role] کار میانی
        [support] سازمان کمک‌کننده
        [warning] هشدار
       *[other] مورد
    }
resume-attribute = { $attribute ->
        [status] وضعیت
        [cost] هزینه
        [time] زمان
        [open] باز
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute } { $value }
resume-new = { $kind } جدید: «{ $title }»
resume-new-with = { $kind } جدید: «{ $title }» ({ $extra })
resume-changed = { $kind } «{ $title }» تغییر کرد: { $attribute } قبلاً { $was } بود، اکنون { $now } است
resume-removed = { $kind } حذف شد: «{ $title }» دیگر در برنامهٔ شما نیست
resume-none = هیچ
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] از requal خواسته شد که متوقف شود
       *[hung-up] ترمینال بسته شد
    }
stopped-nothing-saved = متوقف شد ({ $why }). چیزی ذخیره نشد: پاسخ‌های شما از بین رفت.
stopped-next-time = دفعهٔ بعد، پیش از توقف «خروج» را انتخاب کنید (یا Esc را بزنید) تا پاسخ‌های خود را ذخیره کنید.
stopped-saved-before = متوقف شد ({ $why }). چیز دیگری ذخیره نشد. آنچه قبلاً ذخیره شده بود: { $files }.

## Answers that cannot be used (typed in the interview, or in an answers file).
answer-not-an-option = `{ $value }` یکی از این‌ها نیست: { $options } (یا "not-sure")
answer-not-an-option-list = `{ $value }` یکی از این‌ها نیست: { $options }
answer-not-a-grade = `{ $value }` درجهٔ OET نیست (A، B، C+، C، D یا E)
answer-expected = انتظار می‌رفت: { $kind ->
        [choice] یکی از گزینه‌ها، داخل علامت نقل‌قول
        [multi-choice] فهرستی مثل ["plab-1"]
        [bool] true یا false
        [number] یک عدد
        [date] تاریخی مثل 2026-03-01
       *[oet-grade] یک درجهٔ OET مثل "B"
    }
answer-in-future = { $value } در آینده است (امروز { $today } است)
answer-in-future-help = تاریخی را بنویسید که آن اتفاق افتاد، یا "not-sure"
answer-bad-value = مقدار نادرست برای `{ $key }`
answer-not-toml = این فایل TOML معتبر نیست
answer-not-a-number = عدد نیست
answer-expected-quoted-list = انتظار می‌رفت: فهرستی از مقدارها داخل علامت نقل‌قول
answer-not-a-table = انتظار می‌رفت: یک مقدار، نه یک جدول
answer-did-you-mean = آیا منظورتان `{ $id }` بود؟
answer-key-help = `requal explain questions` شناسهٔ همهٔ سؤال‌ها را فهرست می‌کند
answer-unknown-key = `{ $key }` سؤالی در این مجموعه قواعد نیست
answer-unknown-key-label = کلید ناشناخته
answer-session-invalid = جدول `[session]` معتبر نیست: { $detail }
answer-session-label = در `session`
answer-not-a-choice = `{ $value }` یکی از این‌ها نیست: { $options }
date-error-shape = انتظار می‌رفت تاریخی به شکل سال-ماه-روز باشد، مثل 2026-03-15 برای 15 مارس 2026، اما `{ $value }` آمده است
date-error-person-shape = `{ $value }` تاریخی نیست که بتوانیم بخوانیم: آن را این‌طور بنویسید: 10/05/2026، 2026-05-10 یا May 2026
date-error-no-month = `{ $value }` تاریخ واقعی نیست: ماه { $month } وجود ندارد
date-error-no-day = `{ $value }` تاریخ واقعی نیست: در سال { $year }، ماه { $month ->
        [1] ژانویه
        [2] فوریه
        [3] مارس
        [4] آوریل
        [5] مه
        [6] ژوئن
        [7] ژوئیه
        [8] اوت
        [9] سپتامبر
        [10] اکتبر
        [11] نوامبر
       *[12] دسامبر
    } { $days } روز دارد
date-error-not-real = `{ $value }` تاریخ واقعی نیست
date-error-too-early = { $value } پیش از { $earliest } است: سال را بررسی کنید
answer-below-min = { $value } کمتر از کمترین مقدار مجاز ({ $min }) است
answer-above-max = { $value } بیشتر از بیشترین مقدار مجاز ({ $max }) است
answer-off-step = { $value } با گام‌های { $step } مطابقت ندارد (مثلاً { $lower } یا { $upper })

## Problems with an answers file, as a participant reads them.
problem-error = خطا
problem-warning = هشدار
problem-help = راهنما
problem-none = هیچ مشکلی پیدا نشد
problem-summary = { $errors ->
        [one] 1 خطا
       *[other] { $errors } خطا
    } و { $warnings ->
        [one] 1 هشدار
       *[other] { $warnings } هشدار
    }
answers-unreadable = فایل خوانده نمی‌شود: { $why }
answers-unreadable-label = اینجا
answers-utf16 = این متن UTF-16 است؛ آن را به صورت UTF-8 ذخیره کنید (بیشتر ویرایشگرها این گزینه را در «ذخیره با نام» یا "Save as" دارند)
answers-not-utf8 = این متن UTF-8 نیست (اولین بایت نادرست در بایت { $offset } است)؛ آن را به صورت UTF-8 ذخیره کنید

## The commands' own lines for a participant or adviser.
note-rules-changed-same-version = توجه: قواعد از زمان ذخیرهٔ این پاسخ‌ها تغییر کرده‌اند (همان نسخهٔ { $version }، اما محتوای متفاوت)
note-rules-changed = توجه: این پاسخ‌ها با قواعد { $saved_rules } { $saved_version } ذخیره شده‌اند؛ این برنامه از { $rules } { $version } استفاده می‌کند
no-terminal = خطا: جلسهٔ مشاوره به یک ترمینال تعاملی نیاز دارد
    راهنما: برای ساختن برنامه بدون سؤال، یک فایل پاسخ بنویسید و `requal plan --answers FILE` را اجرا کنید
answers-unusable-plan = خطا: `{ $file }` پاسخ‌هایی دارد که این مجموعه قواعد نمی‌تواند از آن‌ها استفاده کند؛ هیچ برنامه‌ای ساخته نشد
answers-unusable-resume = خطا: `{ $file }` پاسخ‌هایی دارد که این مجموعه قواعد نمی‌تواند از آن‌ها استفاده کند؛ آن‌ها را درست کنید و دوباره امتحان کنید
ruleset-has-errors = خطا: مجموعه قواعد خطا دارد، پس هیچ برنامه‌ای ساخته نمی‌شود؛ برای جزئیات، `requal lint` را اجرا کنید

## `requal explain`: what a question, route, step, English requirement or term means.
explain-question = سؤال `{ $id }`
explain-asked-when = پرسیده می‌شود وقتی: { $condition }
explain-number-range = عددی از { $min } تا { $max } با گام‌های { $step }
explain-route = مسیر `{ $id }`: { $title }
explain-for = برای: { $professions }
explain-requires = لازم است: { $condition }  ({ $why })
explain-steps-in-order = مراحل، به ترتیب:
explain-english = شرط زبان انگلیسی `{ $id }`: { $title }
explain-from-until = از { $from } تا { $until }
explain-from = از { $from }
explain-until = تا { $until }
explain-not-confirmed = تأیید نشده
explain-valid-months = نتایج { $months } ماه اعتبار دارند.
explain-step = مرحلهٔ `{ $id }`: { $title }
explain-role = کار `{ $id }`: { $title }
explain-warning = هشدار `{ $id }`
explain-organisation = سازمان `{ $id }`: { $name }
explain-done-when = انجام‌شده است وقتی: { $condition }
explain-after = بعد از: { $steps }
explain-step-of-routes = `{ $id }` مرحله‌ای از این مسیرهاست (برای توضیح یکی از آن‌ها، `requal explain ROUTE.STEP` را اجرا کنید):
explain-did-you-mean = راهنما: آیا منظورتان `{ $id }` بود؟
explain-unknown = خطا: `{ $id }` هیچ‌کدام از این‌ها نیست: کد lint، سؤال، مسیر، مرحله (route.step)، شرط زبان انگلیسی، کار، سازمان یا اصطلاح
explain-lists = راهنما: `requal explain lints`، `explain questions`، `explain routes` و `explain terms` این‌ها را فهرست می‌کنند

## `requal progress`: marking steps done between sessions.
progress-ask = آیا از زمان ذخیره، هیچ‌کدام از این مراحل را انجام داده‌اید؟ یکی را انتخاب کنید تا به‌عنوان انجام‌شده علامت بخورد.
progress-none-done = دیگر هیچ: ادامه به پاسخ‌های من
progress-marked-now = «{ $title }» امروز به‌عنوان انجام‌شده علامت خورد. وقتی جلسه را ذخیره کنید، این هم ذخیره می‌شود.
progress-unknown-step = خطا: `{ $step }` مرحله‌ای از این قواعد نیست (آن را به شکل ROUTE.STEP بنویسید)
progress-list-steps = راهنما: `requal explain routes` همهٔ مراحل را به شکل ROUTE.STEP فهرست می‌کند
progress-note-too-long = یادداشت خیلی طولانی است: حداکثر { $max } حرف
progress-marked = «{ $title }» ({ $step }) در تاریخ { $date } به‌عنوان انجام‌شده علامت خورد. ذخیره شد.
progress-unmarked = «{ $title }» ({ $step }) دیگر علامت انجام‌شده ندارد. ذخیره شد.
progress-not-marked = «{ $title }» ({ $step }) علامت انجام‌شده نداشت: چیزی تغییر نکرد.

## `requal plan --compare-rules OLD`: برنامهٔ یک نفر با قواعد جدیدتر چگونه تغییر می‌کند.
compare-heading = برنامهٔ شما از قواعد { $old } به قواعد { $new } این‌طور تغییر می‌کند:
compare-same = برنامهٔ شما با هر دو مجموعهٔ قواعد یکسان است.
compare-route-new = جدید در برنامهٔ شما: { $route } ({ $status }).
compare-route-gone = دیگر در برنامهٔ شما نیست: { $route }.
compare-route-status = { $route }: قبلاً { $before } بود، اکنون { $after } است.
compare-step-new = { $route }: یک مرحلهٔ جدید، «{ $step }».
compare-step-gone = { $route }: مرحلهٔ «{ $step }» دیگر وجود ندارد.
compare-step-status = «{ $step }»: قبلاً { $before } بود، اکنون { $after } است.
compare-fee = «{ $step }»: هزینه قبلاً { $before } بود، اکنون { $after } است.
compare-fee-new = «{ $step }»: هزینهٔ جدید { $after }.
compare-fee-gone = «{ $step }»: هزینهٔ { $before } دیگر نیست.
compare-warning-new = مورد جدید برای توجه: { $text }
compare-warning-gone = دیگر لازم نیست مراقب این باشید: { $text }
