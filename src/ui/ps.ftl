# The interface catalogue, Pashto (as read in Afghanistan). A machine translation of en.ftl,
# with the same ids and arguments. Rule content (titles, labels, answers as shown) arrives in
# arguments already in the person's language, or in English.

## هغه جمله چې پخپله په قواعدو کې لیکل شوې ده.
rule-text = { $text }

## ځوابونه، لکه څنګه چې د شرطونو ژبه یې لولي.
answer-is = ستاسو د { $label } ځواب { $answer } دی
answer-yes-no = { $label }: { $answer }
answer-not-sure = تاسو د خپل { $label } په اړه ډاډه نه یاست
answer-unknown = موږ ته ستاسو { $label } معلوم نه دی
list-includes = ستاسو په { $label } کې { $answer } شامل دي
list-excludes = ستاسو په { $label } کې { $answer } شامل نه دي
date-since-days = ستاسو د { $label } نېټه { $answer } ده ({ $elapsed ->
        [one] { $elapsed } ورځ
       *[other] { $elapsed } ورځې
    } مخکې)
date-since-months = ستاسو د { $label } نېټه { $answer } ده ({ $elapsed ->
        [one] { $elapsed } میاشت
       *[other] { $elapsed } میاشتې
    } مخکې)
date-since-years = ستاسو د { $label } نېټه { $answer } ده ({ $elapsed ->
        [one] { $elapsed } کال
       *[other] { $elapsed } کاله
    } مخکې)

## د انګلیسي ژبې ازموینې.
english-summary = { $summary }
english-no-test = تاسو تر اوسه د انګلیسي ژبې ازموینه نه ده ورکړې
date-month-only = تاسو د خپل { $label } یوازې میاشت ورکړې ده، نو د ډاډ لپاره موږ یې د میاشتې له لومړۍ ورځې شمېرو
english-date-month-only = تاسو د خپلې ازموینې یوازې میاشت ورکړې ده، نو د ډاډ لپاره موږ یې د میاشتې له لومړۍ ورځې شمېرو
english-test-unknown = تاسو ډاډه نه یاست چې کومه انګلیسي ازموینه مو ورکړې ده: خپل Test Report Form یا د OET پایلې پیدا کړئ
english-test-not-accepted = { $requirement } د { $test } ازموینه نه مني
english-below = ستاسو د { $test } د «{ english-part }» برخې { $kind ->
        [score] نمره
       *[grade] درجه
    } { $have } ده، چې له لږ تر لږه حد ({ $kind ->
        [score] { $need }
       *[grade] درجه { $need }
    }) ټیټه ده
english-part-unknown = موږ ته ستاسو د { $test } د «{ english-part }» برخې { $kind ->
        [score] نمره
       *[grade] درجه
    } معلومه نه ده
english-part = { $part ->
        [listening] اورېدل
        [reading] لوستل
        [writing] لیکل
        [speaking] خبرې کول
       *[overall] ټولیزه
    }
english-too-old = ستاسو ازموینه په { $date } وه او اوس { $age } میاشتې زړه ده؛ پایلې یې { $months } میاشتې اعتبار لري
english-too-old-unconfirmed = ستاسو ازموینه په { $date } وه او اوس { $age } میاشتې زړه ده؛ پایلې یې ښايي یوازې { $months } میاشتې اعتبار ولري { unconfirmed-marker }
english-date-unknown = موږ ته ستاسو د ازموینې نېټه معلومه نه ده؛ پایلې { $months } میاشتې اعتبار لري
english-date-unknown-unconfirmed = موږ ته ستاسو د ازموینې نېټه معلومه نه ده؛ پایلې ښايي یوازې { $months } میاشتې اعتبار ولري { unconfirmed-marker }
english-met = ستاسو د { $test } پایلې هر لږ تر لږه حد پوره کوي
english-unconfirmed = د { $test } دا لږ تر لږه حدونه تایید شوي نه دي: له تنظیمونکې ادارې سره یې وګورئ.

## لارې، ګامونه او دندې.
not-sure-yet = تر اوسه ډاډ نشته: { $text }
not-sure-yet-because = تر اوسه ډاډ نشته: { $text } ({ $because })
step-implied-done = ترسره شوی: دا ګام له «{ $later }» مخکې راځي، او هغه تاسو ترسره کړی دی.
step-find-out = لومړی دا معلوم کړئ.
step-blocked-if-not-done = که تر اوسه نه وي ترسره شوی، بند دی: { $because }
step-blocked = بند دی: { $because }
step-not-open-now = دا ګام اوس تاسو ته خلاص نه دی
step-blocked-until = تر هغه بند دی چې تاسو «{ $step }» ترسره کړای شئ.
step-marked-done = تاسو دا ګام ترسره شوی په نښه کړی دی
step-marked-done-on = تاسو دا ګام په { $date } ترسره شوی په نښه کړ
step-done-evidence = ستاسو ثبوت: { $note }
step-after = { $count ->
        [one] له ګام { $steps } وروسته.
       *[other] له ګامونو { $steps } وروسته.
    }
step-check-first = لومړی وګورئ: { $because }
step-check-first-because = لومړی وګورئ: { $because } ({ $unknown })
step-may-not-be-open = ښايي دا ګام اوس تاسو ته خلاص نه وي
step-only-for-some = دا ګام یوازې د ځینو خلکو لپاره دی. لومړی معلوم کړئ چې ایا پر تاسو تطبیقېږي ({ $unknown }).

## هغه خبرداري چې پخپله سیستم یې زیاتوي.
warning-profession-unknown = موږ ته ستاسو مسلک معلوم نه دی، نو د ثبت هېڅ لاره نه ښودل کېږي. د خپلو لارو د لیدو لپاره د مسلک پوښتنې ته ځواب ورکړئ.
warning-no-open-route = په دې قواعدو کې هېڅ لاره ستاسو له ځوابونو سره سمون نه لري. د خپلې قضیې په اړه له { $regulator } وپوښتئ، او له لاندې ادارو څخه له یوې سره خبرې وکړئ.
warning-no-open-route-unknown-regulator = په دې قواعدو کې هېڅ لاره ستاسو له ځوابونو سره سمون نه لري. د خپلې قضیې په اړه د خپل مسلک له تنظیمونکې ادارې وپوښتئ، او له لاندې ادارو څخه له یوې سره خبرې وکړئ.
warning-done-not-confirmed = دا ګامونه د هغو معلوماتو پر بنسټ ترسره شوي په نښه شول چې موږ یې تایید نه کړای شول: { $steps }. مخکې له دې چې پرې باور وکړئ، له تنظیمونکې ادارې سره یې وګورئ.
warning-may-apply = ښايي دا پر تاسو تطبیق شي ({ $because }). { $text }

## ادارې.
support-region = ستاسو په سیمه کې کار کوي ({ $region })
support-profession = ستاسو د مسلک له خلکو سره مرسته کوي ({ $profession })
support-may-help = ښايي له تاسو سره مرسته وکړي: لومړی معلوم کړئ ({ $because })

## فیسونه او وختونه.
cost-may-be-instead = ښايي پر ځای یې { $amount } وي: { $label } ({ $because }).
duration-days = { $min ->
        [one] 1 ورځ
       *[other] { $min } ورځې
    }
duration-weeks = { $min ->
        [one] 1 اونۍ
       *[other] { $min } اونۍ
    }
duration-months = { $min ->
        [one] 1 میاشت
       *[other] { $min } میاشتې
    }
duration-years = { $min ->
        [one] 1 کال
       *[other] { $min } کاله
    }
duration-range-days = { $min }–{ $max } ورځې
duration-range-weeks = { $min }–{ $max } اونۍ
duration-range-months = { $min }–{ $max } میاشتې
duration-range-years = { $min }–{ $max } کاله

## پلان لکه څنګه چې یو کس یې لولي: سرلیکونه، نښې او کرښې، په هره بڼه کې.
plan-meta = د { $who } لپاره پلان، په { $date } (قواعد { $rules } { $version }، { $hash })
plan-meta-you = ستاسو لپاره پلان، په { $date } (قواعد { $rules } { $version }، { $hash })
plan-title = ستاسو پلان: { $profession }
plan-title-you = ستاسو پلان
answers-heading = ستاسو ځوابونه
answers-intro = دا پلان په { $date } د دې ځوابونو پر بنسټ جوړ شو. که یو ځواب غلط وي، ښايي پلان هم غلط وي: requal بیا د سم ځواب سره وچلوئ.
short-heading = ستاسو پلان په لنډه توګه
unconfirmed-marker = (?)
unconfirmed-legend = (?) دا معنا لري چې موږ یې تایید نه کړای شو. مخکې له دې چې پرې باور وکړئ، وې ګورئ. د لارو، ګامونو او فیسونو په اړه له تنظیمونکې ادارې وپوښتئ. د یوې ادارې د مرستې په اړه له هماغې ادارې، او د دندې په اړه له کارګمارونکي وپوښتئ. د کډوالۍ په اړه له کډوالۍ سلاکار وپوښتئ.
common-reasons = د دې ټولو لپاره: { $reasons }.
common-reasons-open-jobs = د هغو دندو لپاره چې اوس تاسو ته خلاصې دي: { $reasons }.
common-reasons-closed-jobs = د هغو دندو لپاره چې تر اوسه تاسو ته خلاصې نه دي: { $reasons }.
same-as-before = لکه پورته په «{ $route }» لاره کې.
short-for-whom = دا پلان د هغه چا لپاره دی چې دا یې ویلي دي:
short-answer = { $label }: { $answer }
short-route = ستاسو غوره لاره: { $route } ({ $regulator }).
short-no-route = په دې قواعدو کې د ثبت هېڅ لاره اوس تاسو ته خلاصه نه ده. لاندې پلان وايي چې ولې، او تر هغه وخته څه کولای شئ.
short-possible-routes = تر اوسه کومه لاره ستاسو لپاره په ښکاره توګه غوره نه ده. دا لارې ښايي مناسبې وي: { $routes }. هغه ګامونه چې «وګورئ» نښه لري، تاسو ته وايي چې څه معلوم کړئ.
short-deadline = { $kind ->
       *[english-results] ستاسو د انګلیسي ازموینې پایلې تر { $date } پورې اعتبار لري. هغه ګامونه چې دې پایلو ته اړتیا لري، تر هغې مخکې پای ته ورسوئ.
    }
short-fees-range = له { $min } تر { $max } پورې
short-fees = پاتې فیسونه چې باید ورکړل شي: شاوخوا { $amount } ({ $count ->
        [one] 1 فیس
       *[other] { $count } فیسونه
    }{ $unconfirmed ->
        [0] {""}
       *[other] ، { $unconfirmed } یې تایید شوي نه دي
    }).
short-fees-reduced = د دې فیسونو ځینې تاسو ته بېرته درکول کېږي یا درڅخه معاف دي: ګامونه وګورئ.
short-fees-help = ښايي د دې فیسونو لپاره مرسته شتون ولري: بشپړ پلان وايي چې چېرته.
short-fees-no-help = موږ په خپلو قواعدو کې د دې فیسونو لپاره هېڅ مرسته ونه موندله. له لاندې ادارو وپوښتئ.
short-time = تر ثبت پورې شاوخوا وخت: { $time }.
short-time-partial = تر ثبت پورې څومره وخت: تر اوسه یې نشو ویلای. { $unknown ->
        [one] یو ګام
       *[other] { $unknown } ګامونه
    } زموږ په قواعدو کې وخت نه لري. هغه ګامونه چې وخت لري، ټول شاوخوا { $time } نیسي.
short-time-unknown = موږ نشو ویلای چې دا لاره څومره وخت نیسي: زموږ قواعد د دې لارې د ګامونو لپاره وخت نه ورکوي.
short-contacts = څوک مرسته کولای شي:
short-more = بشپړ پلان لاندې دی: هر ګام، ولې، فیسونه، هغه دندې چې تر هغه وخته یې کولای شئ، او سرچینې.
next-heading = ستاسو راتلونکي ګامونه
next-route-intro = که «{ $route }» لاره ستاسو وي:
next-check-first = { $step } (لومړی دا وګورئ)
warnings-heading = پام وکړئ
routes-heading = لارې
no-routes = په دې قواعدو کې د ثبت هېڅ لاره ستاسو له ځوابونو سره سمون نه لري.
route-heading = { $status ->
        [recommended] وړاندیز شوې لاره
       *[possible] ممکنه لاره
    }: { $title }
regulator-line = تنظیمونکې اداره: { $regulator }
steps-column-number = #
steps-column-step = ګام: څه وکړئ، او ولې
steps-column-status = حالت
steps-column-cost = لګښت او وخت
status-done = ترسره شوی
status-next = راتلونکی
status-todo = پاتې دی
status-blocked = بند
status-check = وګورئ
sources-line = سرچینې: { $cite }
cost-line = { $label }: { $amount }
time-line = وخت: { $time }
closed-heading = هغه لارې چې اوس تاسو ته خلاصې نه دي
closed-column-route = لاره
closed-column-why = ولې نه
closed-column-meanwhile = په دې منځ کې
meanwhile-line = په دې منځ کې: { $text }
roles-heading = د مخته تګ دندې
roles-column-role = دنده
roles-column-open = اوس خلاصه ده؟
roles-column-why = ولې
role-open = اوس خلاصه ده
role-not-open = تر اوسه خلاصه نه ده
role-check = تر اوسه ډاډ نشته
support-heading = ستاسو سیمې ته نږدې مرسته
support-column-organisation = اداره
support-column-why = ولې
support-column-website = وېبپاڼه
glossary-heading = کارول شوې کلمې
sources-heading = سرچینې
source-checked = په { $verified } وکتل شوه
source-checked-dated = د پاڼې نېټه { $page }؛ په { $verified } وکتل شوه
source-overdue = { $checked }، د بیا کتلو وخت یې تېر شوی
cost-item = لګښت: { $cost }

## څوک هغه څه تاییدولای شي چې موږ یې نه شو تاییدولای.

## ځوابونه لکه څنګه چې ښودل کېږي.
answer-yes = هو
answer-no = نه
answer-none = هېڅ
answer-not-sure-shown = ډاډه نه یم
answer-not-known = معلوم نه دی
amount-free = وړیا

## شمېرې او اندازې څنګه لیکل کېږي: د عددونو د ډلو نښه، د اعشاریې نښه، او د پیسو
## نښه چېرته راځي.
number-group-mark = ,
number-decimal-mark = .
money-symbol = { $symbol }{ $number }
money-code = { $number } { $code }
route-status-recommended = وړاندیز شوې
route-status-possible = ممکنه
route-status-not-open = خلاصه نه ده

## د انګلیسي ژبې شرط په یوه جمله کې: هره منل شوې ازموینه او لږ تر لږه نمرې یې.
english-score = { $kind ->
        [band] { $value }
       *[grade] درجه { $value }
    }
english-score-group = په { $parts } کې { $score }
english-form-overall-parts = { $test } ټولیزه { $overall } او لږ تر لږه { $groups }
english-form-overall = { $test } ټولیزه { $overall }
english-form-parts = { $test } لږ تر لږه { $groups }
english-form-test = { $test }
english-form = { $scores }، { $sitting ->
        [one] په یو ځل ازموینه کې
       *[two] په یو ځل ازموینه کې، یا په دوو ځلو ازموینو کې چې د 12 میاشتو دننه وي
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }، یا په دوو ځلو ازموینو کې چې د 12 میاشتو دننه وي{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. یا { $rest }
english-none-accepted = په دې نېټه هېڅ ازموینه نه منل کېږي
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. پایلې د ازموینې له نېټې { $months } میاشتې اعتبار لري
english-requirement-valid-unconfirmed = { $title }: { $forms }. پایلې ښايي د ازموینې له نېټې یوازې { $months } میاشتې اعتبار ولري { unconfirmed-marker }

## پوښتنې او ځوابونه.
interview-back = مخکینۍ پوښتنې ته بېرته
interview-back-to-review = د ځوابونو لېست ته بېرته (بې له بدلون)
interview-leave-question = مخکې له تللو، خپل تر اوسه ځوابونه خوندي کوئ؟
interview-go-back = پوښتنو ته بېرته ورشئ
interview-go-back-to-review = د ځوابونو لېست ته بېرته ورشئ
interview-save-it = هو، په یوه فایل کې یې خوندي کړئ
interview-do-not-save = نه، مه یې خوندي کوئ
interview-not-sure = ډاډه نه یم
interview-not-sure-alone = ډاډه نه یم (یوازې دا نښه کړئ)
interview-quit = وتل (لومړی یې خوندي کولای شئ)
interview-tick-alone = { $item } (یوازې دا نښه کړئ)
interview-ticked-together = تاسو «{ $what }» او همدارنګه { $others } نښه کړي دي: د یوه نښه لرې کړئ.
interview-needs-answer = د پلان جوړولو لپاره دې پوښتنې ته ځواب اړین دی
interview-first-question = دا لومړۍ پوښتنه ده؛ له دې مخکې هېڅ پوښتنه نشته
interview-type-number = مهرباني وکړئ یوه شمېره ولیکئ، لکه { $example }
interview-yes-or-no = مهرباني وکړئ `yes` (هو) یا `no` (نه) ولیکئ
interview-dropped = «{ $question }» ته ستاسو ځواب ({ $answer }) لرې شو، ځکه چې نور نه تطبیقېږي.
interview-progress = پوښتنه { $position } — شاوخوا { $left } پاتې دي
interview-progress-maybe-more = پوښتنه { $position } — ښايي یو څو نورې پاتې وي
interview-progress-at-least = پوښتنه { $position } — { $least } یا زیاتې پاتې دي
interview-progress-nearly-done = پوښتنه { $position } — نږدې پای ته رسېږو
interview-show-plan = زما پلان وښیئ
interview-continue = پوښتنو ته دوام ورکړئ (شاوخوا { $left } پاتې دي)
interview-continue-at-least = پوښتنو ته دوام ورکړئ ({ $least } یا زیاتې پاتې دي)
interview-not-answered = تر اوسه ځواب نه دی ورکړل شوی
interview-review-prompt = ستاسو ځوابونه. د بدلولو لپاره یو وټاکئ، یا مخته لاړ شئ
interview-review-intro = له پلان مخکې خپل ځوابونه وګورئ.
interview-change = خپل ځواب بدل کړئ: { $question }
interview-how-to-stop = د درولو لپاره «وتل» وټاکئ (یا Esc کېکاږئ): لومړی خپل ځوابونه خوندي کولای شئ.
    Ctrl-C سمدستي دروي، بې له دې چې څه خوندي کړي.
interview-opened = { $file } پرانیستل شو.
interview-welcome = د خپل پلان د ترلاسه کولو لپاره یو څو پوښتنو ته ځواب ورکړئ. هېڅ شی له دې کمپیوټر څخه نه وځي، او هېڅ شی نه خوندي کېږي، مګر دا چې تاسو پخپله یې خوندي کړئ.
interview-save-session = دا ناسته خوندي کوئ، چې وروسته یې بیا پرانیزئ؟
interview-nothing-saved = هېڅ شی خوندي نه شو.
interview-after-short = دا ستاسو پلان په لنډه توګه و. اوس څه کوئ؟
interview-read-plan = ټول پلان دلته ولولئ، هر ځل یوه پرده
interview-go-on = مخته لاړ شئ: یوه چاپي پاڼه یا دا ناسته خوندي کړئ
pager-more = -- Enter یا Space: نور. Q: بس. ({ $percent }% لوستل شوی) --
interview-help-ticks = د نښه کولو یا نښې لرې کولو لپاره Space، د پای لپاره Enter، او د وتلو لپاره Esc.
interview-help-typed = خپل ځواب ولیکئ او Enter کېکاږئ. د نورو انتخابونو لپاره ? ولیکئ: `back`، `not sure`، `quit`.
interview-help-date = نېټه داسې ولیکئ لکه 10/05/2026 (ورځ، میاشت، کال)، یا یوازې میاشت لکه 05/2026، او Enter کېکاږئ. د نورو انتخابونو لپاره ? ولیکئ: `back`، `not sure`، `quit`.
interview-help-list = د حرکت لپاره د غشو کیلي، د ټاکلو لپاره Enter، او د وتلو لپاره Esc.
interview-type-an-answer = یو ځواب ولیکئ
interview-what-now = څه کول غواړئ؟
interview-yes = هو
interview-no = نه
save-handout-only = ستاسو ځوابونه خوندي نه شول (یوازې چاپي پاڼه خوندي شوه).
save-saved-to = په { $file } کې خوندي شو.
    دا شخصي معلومات لري: پټ یې وساتئ. د بیا پرانیستلو لپاره:
        requal advise --resume { $file }
save-handout-question = د دې پلان یوه چاپي پاڼه خوندي کوئ، چې چاپ یې کړئ یا کور ته یې یوسئ؟ (یوه وېبپاڼه)
save-handout-yes = هو، چاپي پاڼه په یوه فایل کې خوندي کړئ
save-handout-no = چاپي پاڼه نه
save-handout-declined = هېڅ چاپي پاڼه خوندي نه شوه.
save-handout-saved = چاپي پاڼه په { $file } کې خوندي شوه.
    د لوستلو یا چاپولو لپاره یې په وېب براوزر کې پرانیزئ. دا شخصي معلومات لري: پټ یې وساتئ.
list-and = { $rest } او { $last }
list-separator = {"، "}
stale-translation-notice = ځینې متنونه تر هغه په انګلیسي دي چې ژباړه یې تازه شي.
choose-language = ژبه
language-name = پښتو (Pashto)
machine-translation-notice = دا متن ماشیني ژباړه ده، او تر اوسه یې هېڅ داسې چا نه ده کتلې چې دا ژبه په روانه توګه وايي. انګلیسي متن معتبر دی: که څه روښانه نه وي، له یوه سلاکار وپوښتئ.
note-language-resolved = یادونه: `{ $lang }` په `{ $shown }` ژبه ښودل کېږي، چې زموږ له شته ژبو څخه تر ټولو نږدې ده.
note-language-missing = یادونه: دا قواعد تر اوسه په `{ $lang }` کې متنونه نه لري، نو په انګلیسي ښودل کېږي (قواعد دا ژبې لري: { $carried })
save-file-name = د فایل نوم (که نه غواړئ خوندي یې کړئ، `cancel` ولیکئ)
save-cancel-word = cancel
save-exists = { $file } له وړاندې شته. پر هغه یې بدل کړئ؟
save-choose-another = نه، بل نوم وټاکئ
save-replace = هو، پر هغه یې بدل کړئ
save-do-not-save = مه یې خوندي کوئ
save-could-not = په { $file } کې خوندي نه شو: { $error }
save-what-now = اوس څه کوئ؟
save-error-permission = تاسو اجازه نه لرئ چې هلته فایلونه ولیکئ
save-error-no-folder = دا فولډر شتون نه لري
save-error-exists = په دې نوم یو فایل له وړاندې شته
save-error-folder = دا فولډر دی، د فایل نوم نه دی
save-error-full = ډیسک ډک دی
save-try-another = بل نوم وازمویئ
save-leftover = یادونه: فایل خوندي شو، خو لنډمهاله فایل { $file } لرې نه شو ({ $error }). هغه هم هماغه شخصي معلومات لري: مهرباني وکړئ پاک یې کړئ.
resume-saved-on = دا په { $date } د { $rules } { $version } قواعدو سره خوندي شوی و.
resume-rules-changed = له هغه وخته قواعد بدل شوي دي: دا ناسته اوس د { $rules } { $version } ({ $hash }) قواعد کاروي.
resume-no-record = په دې فایل کې د پخواني پلان ریکارډ نشته، نو بدلونونه نشي ښودل کېدای.
resume-no-change = هېڅ بدلون ستاسو پر پلان اغېز نه کوي.
resume-what-changed = ستاسو په پلان کې څه بدل شول:
resume-kind = { $kind ->
        [route] لاره
        [step] ګام
        [role] د مخته تګ دنده
        [support] د مرستې اداره
        [warning] خبرداری
       *[other] توکی
    }
resume-attribute = { $attribute ->
        [status] حالت
        [cost] لګښت
        [time] وخت
        [open] خلاص
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute } { $value }
resume-new = نوی: { $kind } «{ $title }»
resume-new-with = نوی: { $kind } «{ $title }» ({ $extra })
resume-changed = بدل شو: { $kind } «{ $title }»: { $attribute } مخکې { $was } و، اوس { $now } دی
resume-removed = لرې شو: { $kind } «{ $title }» نور ستاسو په پلان کې نشته
resume-none = هېڅ
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] له requal وغوښتل شول چې ودرېږي
       *[hung-up] ټرمینل وتړل شو
    }
stopped-nothing-saved = ودرېد ({ $why }). هېڅ شی خوندي نه شو: ستاسو ځوابونه له منځه لاړل.
stopped-next-time = بل ځل، مخکې له درېدو «وتل» وټاکئ (یا Esc کېکاږئ)، چې خپل ځوابونه خوندي کړئ.
stopped-saved-before = ودرېد ({ $why }). بل هېڅ شی خوندي نه شو. مخکې خوندي شوي: { $files }.

## هغه ځوابونه چې نشي کارول کېدای (په پوښتنو کې لیکل شوي، یا د ځوابونو په فایل کې).
answer-not-an-option = `{ $value }` له دې انتخابونو څخه نه دی: { $options } (یا "not-sure")
answer-not-an-option-list = `{ $value }` له دې انتخابونو څخه نه دی: { $options }
answer-not-a-grade = `{ $value }` د OET درجه نه ده (A، B، C+، C، D یا E)
answer-expected = دا تمه کېده: { $kind ->
        [choice] له انتخابونو څخه یو، د کوټېشن په نښو کې
        [multi-choice] یو لېست، لکه ["plab-1"]
        [bool] true یا false
        [number] یوه شمېره
        [date] یوه نېټه، لکه 2026-03-01
       *[oet-grade] د OET یوه درجه، لکه "B"
    }
answer-in-future = { $value } په راتلونکي کې ده (نن { $today } ده)
answer-in-future-help = هغه نېټه ولیکئ چې دا پکې پېښ شوی، یا "not-sure"
answer-bad-value = د `{ $key }` لپاره ناسم ارزښت
answer-not-toml = دا فایل سم TOML نه دی
answer-not-a-number = شمېره نه ده
answer-expected-quoted-list = د کوټېشن په نښو کې د ارزښتونو لېست تمه کېده
answer-not-a-table = یو ارزښت تمه کېده، نه جدول
answer-did-you-mean = ایا مو مطلب `{ $id }` و؟
answer-key-help = `requal explain questions` د هرې پوښتنې id ښيي
answer-unknown-key = `{ $key }` په دې قواعدو کې پوښتنه نه ده
answer-unknown-key-label = نامعلومه کیلي
answer-session-invalid = د `[session]` جدول سم نه دی: { $detail }
answer-session-label = په `session` کې
answer-not-a-choice = `{ $value }` له دې انتخابونو څخه نه دی: { $options }
date-error-shape = نېټه باید په کال-میاشت-ورځ بڼه ولیکل شي، لکه 2026-03-15 د 15 مارچ 2026 لپاره، خو `{ $value }` ترلاسه شو
date-error-person-shape = `{ $value }` داسې نېټه نه ده چې موږ یې ولولو: داسې یې ولیکئ لکه 10/05/2026، 2026-05-10 یا May 2026
date-error-no-month = `{ $value }` ریښتینې نېټه نه ده: میاشت { $month } نشته
date-error-no-day = `{ $value }` ریښتینې نېټه نه ده: د { $year } کال { $month ->
        [1] جنوري
        [2] فبروري
        [3] مارچ
        [4] اپرېل
        [5] مۍ
        [6] جون
        [7] جولای
        [8] اګست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $days } ورځې لري
date-error-not-real = `{ $value }` ریښتینې نېټه نه ده
date-error-too-early = { $value } له { $earliest } مخکې ده: کال وګورئ
answer-below-min = { $value } له تر ټولو ټیټ منل شوي ارزښت ({ $min }) څخه کم دی
answer-above-max = { $value } له تر ټولو لوړ منل شوي ارزښت ({ $max }) څخه زیات دی
answer-off-step = { $value } د { $step } په ګامونو کې نه راځي (د بېلګې په توګه { $lower } یا { $upper })

## د ځوابونو د فایل ستونزې، لکه څنګه چې یو ګډونوال یې لولي.
problem-error = تېروتنه
problem-warning = خبرداری
problem-help = مرسته
problem-none = هېڅ ستونزه ونه موندل شوه
problem-summary = { $errors ->
        [one] 1 تېروتنه
       *[other] { $errors } تېروتنې
    } او { $warnings ->
        [one] 1 خبرداری
       *[other] { $warnings } خبرداري
    }
answers-unreadable = فایل نشي لوستل کېدای: { $why }
answers-unreadable-label = دلته
answers-utf16 = دا UTF-16 متن دی؛ د UTF-8 په توګه یې خوندي کړئ (ډېری ایډیټرونه دا د "Save as" لاندې لري)
answers-not-utf8 = دا UTF-8 متن نه دی (لومړی خراب بایټ په { $offset } بایټ کې دی)؛ د UTF-8 په توګه یې خوندي کړئ

## د کمانډونو خپلې کرښې، د ګډونوال یا سلاکار لپاره.
note-rules-changed-same-version = یادونه: له هغه وخته چې دا ځوابونه خوندي شوي، قواعد بدل شوي دي (هماغه نسخه { $version }، خو بله منځپانګه)
note-rules-changed = یادونه: دا ځوابونه د { $saved_rules } { $saved_version } قواعدو سره خوندي شوي وو؛ دا پلان { $rules } { $version } کاروي
no-terminal = تېروتنه: د مشورې ناسته یو تعاملي ټرمینل ته اړتیا لري
    مرسته: د پوښتنو پرته د پلان لپاره، د ځوابونو یو فایل ولیکئ او `requal plan --answers FILE` وچلوئ
answers-unusable-plan = تېروتنه: `{ $file }` داسې ځوابونه لري چې دا قواعد یې نشي کارولای؛ هېڅ پلان جوړ نه شو
answers-unusable-resume = تېروتنه: `{ $file }` داسې ځوابونه لري چې دا قواعد یې نشي کارولای؛ سم یې کړئ او بیا هڅه وکړئ
ruleset-has-errors = تېروتنه: په قواعدو کې تېروتنې دي، نو هېڅ پلان نشي جوړېدای؛ د جزیاتو لپاره `requal lint` وچلوئ

## `requal explain`: یوه پوښتنه، لاره، ګام، د انګلیسي ژبې شرط یا اصطلاح څه معنا لري.
explain-question = پوښتنه `{ $id }`
explain-asked-when = کله پوښتل کېږي: { $condition }
explain-number-range = له { $min } تر { $max } پورې یوه شمېره، په { $step } ګامونو
explain-route = لاره `{ $id }`: { $title }
explain-for = د چا لپاره: { $professions }
explain-requires = اړتیا: { $condition }  ({ $why })
explain-steps-in-order = ګامونه، په ترتیب سره:
explain-english = د انګلیسي ژبې شرط `{ $id }`: { $title }
explain-from-until = له { $from } تر { $until } پورې
explain-from = له { $from }
explain-until = تر { $until } پورې
explain-not-confirmed = تایید شوی نه دی
explain-valid-months = پایلې { $months } میاشتې اعتبار لري.
explain-step = ګام `{ $id }`: { $title }
explain-role = دنده `{ $id }`: { $title }
explain-warning = خبرداری `{ $id }`
explain-organisation = اداره `{ $id }`: { $name }
explain-done-when = کله ترسره شوی ګڼل کېږي: { $condition }
explain-after = وروسته له: { $steps }
explain-step-of-routes = `{ $id }` د دې لارو یو ګام دی (یو یې د `requal explain ROUTE.STEP` سره تشریح کړئ):
explain-did-you-mean = مرسته: ایا مو مطلب `{ $id }` و؟
explain-unknown = تېروتنه: `{ $id }` نه د lint کوډ دی، نه پوښتنه، لاره، ګام (route.step)، د انګلیسي ژبې شرط، دنده، اداره یا اصطلاح
explain-lists = مرسته: `requal explain lints`، `explain questions`، `explain routes` او `explain terms` یې لېست کوي

## `requal progress`: د ناستو ترمنځ د ګامونو ترسره شوي په نښه کول.
progress-ask = له خوندي کولو وروسته مو له دې ګامونو څخه کوم یو ترسره کړی؟ یو یې وټاکئ چې ترسره شوی په نښه شي.
progress-none-done = نور نشته: زما ځوابونو ته لاړ شئ
progress-marked-now = «{ $title }» نن ترسره شوی په نښه شو. کله چې ناسته خوندي کړئ، دا هم خوندي کېږي.
progress-unknown-step = تېروتنه: `{ $step }` د دې قواعدو ګام نه دی (داسې یې ولیکئ: ROUTE.STEP)
progress-list-steps = مرسته: `requal explain routes` هر ګام د ROUTE.STEP په بڼه ښيي
progress-note-too-long = یادښت ډېر اوږد دی: تر ټولو زیات { $max } توري
progress-marked = «{ $title }» ({ $step }) په { $date } ترسره شوی په نښه شو. خوندي شو.
progress-unmarked = د «{ $title }» ({ $step }) د ترسره کېدو نښه لرې شوه. خوندي شو.
progress-not-marked = «{ $title }» ({ $step }) ترسره شوی نه و په نښه شوی: هېڅ شی بدل نه شو.

## `requal plan --compare-rules OLD`: د یو کس پلان د نویو قواعدو سره څنګه بدلېږي.
compare-heading = ستاسو پلان له { $old } قواعدو څخه تر { $new } قواعدو پورې داسې بدلېږي:
compare-same = ستاسو پلان د قواعدو د دواړو ټولګو سره یو شان دی.
compare-route-new = ستاسو په پلان کې نوی: { $route } ({ $status }).
compare-route-gone = نور ستاسو په پلان کې نشته: { $route }.
compare-route-status = { $route }: مخکې { $before } و، اوس { $after } دی.
compare-step-new = { $route }: یو نوی ګام، «{ $step }».
compare-step-gone = { $route }: «{ $step }» ګام نور نشته.
compare-step-status = «{ $step }»: مخکې { $before } و، اوس { $after } دی.
compare-fee = «{ $step }»: فیس مخکې { $before } و، اوس { $after } دی.
compare-fee-new = «{ $step }»: نوې فیس { $after }.
compare-fee-gone = «{ $step }»: د { $before } فیس نور نشته.
compare-warning-new = د پام وړ نوی ټکی: { $text }
compare-warning-gone = نور د پام وړ نه دی: { $text }
