# Каталог інтерфейсу, українською (машинний переклад). Кожне пояснення, яке дає програма, —
# це повідомлення тут, зі своїми аргументами; ідентифікатори й аргументи ті самі, що в en.ftl.
# Вміст правил (назви, підписи, відповіді у показаному вигляді) надходить в аргументах уже
# мовою людини.

## Речення, написане в самих правилах.
rule-text = { $text }

## Відповіді так, як їх читає мова умов.
answer-is = ваша відповідь у пункті «{ $label }» — { $answer }
answer-yes-no = { $label }: { $answer }
answer-not-sure = ви не впевнені щодо пункту «{ $label }»
answer-unknown = ми не знаємо вашої відповіді в пункті «{ $label }»
list-includes = ваша відповідь у пункті «{ $label }» містить { $answer }
list-excludes = ваша відповідь у пункті «{ $label }» не містить { $answer }
date-since-days = ваша відповідь у пункті «{ $label }» — { $answer } ({ $elapsed ->
        [one] { $elapsed } день
        [few] { $elapsed } дні
        [many] { $elapsed } днів
       *[other] { $elapsed } дня
    } тому)
date-since-months = ваша відповідь у пункті «{ $label }» — { $answer } ({ $elapsed ->
        [one] { $elapsed } місяць
        [few] { $elapsed } місяці
        [many] { $elapsed } місяців
       *[other] { $elapsed } місяця
    } тому)
date-since-years = ваша відповідь у пункті «{ $label }» — { $answer } ({ $elapsed ->
        [one] { $elapsed } рік
        [few] { $elapsed } роки
        [many] { $elapsed } років
       *[other] { $elapsed } року
    } тому)

## Тести з англійської мови.
english-summary = { $summary }
english-no-test = ви ще не складали тест з англійської мови
date-month-only = ви вказали лише місяць у пункті «{ $label }», тому для надійності ми рахуємо від першого дня цього місяця
english-date-month-only = ви вказали лише місяць вашого тесту, тому для надійності ми рахуємо від першого дня цього місяця
english-test-unknown = ви не впевнені, який тест з англійської мови складали: знайдіть свій бланк результатів (Test Report Form) або результати OET
english-test-not-accepted = { $requirement } не приймає { $test }
english-below = { $kind ->
        [score] ваш бал
       *[grade] ваша оцінка
    } { $test } ({ english-part }) — { $have }, це нижче мінімуму: { $kind ->
        [score] { $need }
       *[grade] оцінка { $need }
    }
english-part-unknown = ми не знаємо { $kind ->
        [score] вашого балу
       *[grade] вашої оцінки
    } { $test } ({ english-part })
english-part = { $part ->
        [listening] аудіювання
        [reading] читання
        [writing] письмо
        [speaking] говоріння
       *[overall] загалом
    }
english-too-old = з дня вашого тесту ({ $date }) минуло { $age } міс.; результати дійсні протягом { $months } місяців
english-too-old-unconfirmed = з дня вашого тесту ({ $date }) минуло { $age } міс.; результати можуть бути дійсні лише протягом { $months } місяців { unconfirmed-marker }
english-date-unknown = ми не знаємо дати вашого тесту; результати дійсні протягом { $months } місяців
english-date-unknown-unconfirmed = ми не знаємо дати вашого тесту; результати можуть бути дійсні лише протягом { $months } місяців { unconfirmed-marker }
english-met = ваші результати { $test } відповідають усім мінімальним вимогам
english-unconfirmed = ці мінімальні вимоги до { $test } не підтверджені: уточніть їх у регуляторного органу.

## Шляхи, кроки й посади.
not-sure-yet = Поки невідомо: { $text }
not-sure-yet-because = Поки невідомо: { $text } ({ $because })
step-implied-done = Виконано: цей крок іде перед кроком «{ $later }», а його ви вже виконали.
step-find-out = Спершу з'ясуйте це.
step-blocked-if-not-done = Якщо цей крок ще не виконано, він заблокований: { $because }
step-blocked = Заблоковано: { $because }
step-not-open-now = цей крок зараз вам недоступний
step-blocked-until = Заблоковано, доки ви не зможете виконати крок «{ $step }».
step-marked-done = ви позначили цей крок як виконаний
step-marked-done-on = ви позначили цей крок як виконаний { $date }
step-done-evidence = ваше підтвердження: { $note }
step-after = { $count ->
        [one] Після кроку { $steps }.
       *[other] Після кроків { $steps }.
    }
step-check-first = Спершу перевірте: { $because }
step-check-first-because = Спершу перевірте: { $because } ({ $unknown })
step-may-not-be-open = цей крок, можливо, зараз вам недоступний
step-only-for-some = Цей крок потрібен лише деяким людям. Спершу з'ясуйте, чи стосується він вас ({ $unknown }).

## Попередження, які додає сама програма.
warning-profession-unknown = Ми не знаємо вашої професії, тому не показуємо жодного шляху реєстрації. Дайте відповідь на питання про професію, щоб побачити свої шляхи.
warning-no-open-route = Жоден шлях у цих правилах не відповідає вашим відповідям. Зверніться до { $regulator } щодо вашої ситуації, а також до однієї з організацій нижче.
warning-no-open-route-unknown-regulator = Жоден шлях у цих правилах не відповідає вашим відповідям. Зверніться щодо вашої ситуації до регуляторного органу вашої професії, а також до однієї з організацій нижче.
warning-done-not-confirmed = Позначено як виконане на основі фактів, яких ми не змогли підтвердити: { $steps }. Перевірте їх у регуляторного органу, перш ніж на них покладатися.
warning-may-apply = Це може стосуватися вас ({ $because }). { $text }

## Організації.
support-region = працює у вашому регіоні ({ $region })
support-profession = допомагає людям вашої професії ({ $profession })
support-may-help = може вам допомогти: спершу з'ясуйте ({ $because })

## Збори й терміни.
cost-may-be-instead = Натомість сума може бути { $amount }: { $label } ({ $because }).
duration-days = { $min ->
        [one] { $min } день
        [few] { $min } дні
        [many] { $min } днів
       *[other] { $min } дня
    }
duration-weeks = { $min ->
        [one] { $min } тиждень
        [few] { $min } тижні
        [many] { $min } тижнів
       *[other] { $min } тижня
    }
duration-months = { $min ->
        [one] { $min } місяць
        [few] { $min } місяці
        [many] { $min } місяців
       *[other] { $min } місяця
    }
duration-years = { $min ->
        [one] { $min } рік
        [few] { $min } роки
        [many] { $min } років
       *[other] { $min } року
    }
duration-range-days = від { $min } до { $max } днів
duration-range-weeks = від { $min } до { $max } тижнів
duration-range-months = від { $min } до { $max } місяців
duration-range-years = від { $min } до { $max } років

## План так, як його читає людина: заголовки, підписи й рядки, у кожному форматі.
plan-meta = { $who }: план від { $date } (правила { $rules } { $version }, { $hash })
plan-meta-you = Ваш план від { $date } (правила { $rules } { $version }, { $hash })
plan-title = Ваш план: { $profession }
plan-title-you = Ваш план
answers-heading = Ваші відповіді
answers-intro = Цей план складено { $date } на основі цих відповідей. Якщо якась відповідь неправильна, план теж може бути неправильним: запустіть requal знову з правильною відповіддю.
short-heading = Коротко про ваш план
unconfirmed-marker = (?)
unconfirmed-legend = (?) означає, що ми не змогли це підтвердити. Перевірте це, перш ніж на це покладатися. Про шляхи, кроки й збори запитуйте регуляторний орган. Про допомогу організації запитуйте саму організацію, а про роботу — роботодавця. З питань імміграції звертайтеся до імміграційного консультанта.
common-reasons = Для всіх них: { $reasons }.
common-reasons-open-jobs = Для посад, які вам доступні зараз: { $reasons }.
common-reasons-closed-jobs = Для посад, які вам поки недоступні: { $reasons }.
same-as-before = Так само, як у шляху «{ $route }» вище.
short-for-whom = Цей план для людини, яка вказала:
short-answer = { $label }: { $answer }
short-route = Ваш найкращий шлях: { $route } ({ $regulator }).
short-no-route = Зараз вам не доступний жоден шлях реєстрації з цих правил. Нижче в плані сказано чому і що ви можете робити тим часом.
short-possible-routes = Поки жоден шлях не вирізняється як найкращий для вас. Можуть підійти такі: { $routes }. Кроки з позначкою «перевірити» підкажуть, що треба з'ясувати.
short-deadline = { $kind ->
       *[english-results] Результати вашого тесту з англійської дійсні до { $date }. Виконайте кроки, для яких вони потрібні, до цієї дати.
    }
short-fees-range = від { $min } до { $max }
short-fees = Ще треба сплатити збори: приблизно { $amount } ({ $count ->
        [one] { $count } збір
        [few] { $count } збори
        [many] { $count } зборів
       *[other] { $count } збору
    }{ $unconfirmed ->
        [0] {""}
       *[other] , з них не підтверджено: { $unconfirmed }
    }).
short-fees-reduced = Деякі з цих зборів вам повернуть або не стягуватимуть з вас: дивіться кроки.
short-fees-help = Можливо, з оплатою цих зборів вам допоможуть: у повному плані сказано, де шукати допомогу.
short-fees-no-help = У наших правилах ми не знайшли допомоги з цими зборами. Запитайте організації, наведені нижче.
short-time = Скільки приблизно часу до реєстрації: { $time }.
short-time-partial = Скільки часу до реєстрації: поки не можемо сказати. { $unknown ->
        [one] { $unknown } крок не має
        [few] { $unknown } кроки не мають
        [many] { $unknown } кроків не мають
       *[other] { $unknown } кроку не мають
    } терміну в наших правилах. Кроки, для яких термін є, разом займають приблизно { $time }.
short-time-unknown = Ми не можемо сказати, скільки часу займає цей шлях: у наших правилах немає термінів для його кроків.
short-contacts = Хто може допомогти:
short-more = Далі — повний план: усі кроки і чому вони потрібні, збори, робота, яку можна виконувати тим часом, і джерела.
next-heading = Ваші наступні кроки
next-route-intro = Якщо ваш шлях — «{ $route }»:
next-check-first = { $step } (спершу перевірте це)
warnings-heading = Зверніть увагу
routes-heading = Шляхи
no-routes = Жоден шлях реєстрації в цих правилах не відповідає вашим відповідям.
route-heading = { $status ->
        [recommended] Рекомендований шлях
       *[possible] Можливий шлях
    }: { $title }
regulator-line = Регуляторний орган: { $regulator }
steps-column-number = #
steps-column-step = Крок: що робити і чому
steps-column-status = Стан
steps-column-cost = Вартість і час
status-done = виконано
status-next = наступний
status-todo = зробити
status-blocked = заблоковано
status-check = перевірити
sources-line = Джерела: { $cite }
cost-line = { $label }: { $amount }
time-line = Час: { $time }
closed-heading = Шляхи, які зараз вам недоступні
closed-column-route = Шлях
closed-column-why = Чому ні
closed-column-meanwhile = Тим часом
meanwhile-line = Тим часом: { $text }
roles-heading = Проміжні посади
roles-column-role = Посада
roles-column-open = Доступна зараз?
roles-column-why = Чому
role-open = доступна зараз
role-not-open = поки недоступна
role-check = поки невідомо
support-heading = Підтримка поруч із вами
support-column-organisation = Організація
support-column-why = Чому
support-column-website = Вебсайт
glossary-heading = Терміни
sources-heading = Джерела
source-checked = перевірено { $verified }
source-checked-dated = дата сторінки: { $page }; перевірено { $verified }
source-overdue = { $checked }; час повторної перевірки минув
cost-item = Вартість: { $cost }

## Хто може підтвердити те, чого не змогли підтвердити ми.

## Відповіді в тому вигляді, як їх показано.
answer-yes = так
answer-no = ні
answer-none = немає
answer-not-sure-shown = не знаю точно
answer-not-known = невідомо
amount-free = безкоштовно

## Як записувати числа й суми: знак між групами цифр, десятковий знак і місце символу
## валюти.
number-group-mark = { "\u00A0" }
number-decimal-mark = ,
money-symbol = { $number }{ "\u00A0" }{ $symbol }
money-code = { $number }{ "\u00A0" }{ $code }
route-status-recommended = рекомендований
route-status-possible = можливий
route-status-not-open = недоступний

## Вимога щодо англійської мови одним реченням: кожен прийнятний тест і його мінімуми.
english-score = { $kind ->
        [band] { $value }
       *[grade] оцінка { $value }
    }
english-score-group = { $score } за { $parts }
english-form-overall-parts = { $test }: { $overall } загалом і щонайменше { $groups }
english-form-overall = { $test }: { $overall } загалом
english-form-parts = { $test }: щонайменше { $groups }
english-form-test = { $test }
english-form = { $scores }, { $sitting ->
        [one] за одне складання
       *[two] за одне складання або за два складання протягом 12 місяців
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }, або сумарно за два складання протягом 12 місяців{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. Або { $rest }
english-none-accepted = на цю дату не приймається жоден тест
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. Результати дійсні протягом { $months } місяців від дати тесту
english-requirement-valid-unconfirmed = { $title }: { $forms }. Результати можуть бути дійсні лише протягом { $months } місяців від дати тесту { unconfirmed-marker }

## Опитування.
interview-back = Назад до попереднього питання
interview-back-to-review = Назад до списку відповідей (без змін)
interview-leave-question = Зберегти ваші відповіді, перш ніж вийти?
interview-go-back = Повернутися до питань
interview-go-back-to-review = Повернутися до списку відповідей
interview-save-it = Так, зберегти у файл
interview-do-not-save = Ні, не зберігати
interview-not-sure = Не знаю точно
interview-not-sure-alone = Не знаю точно (позначте лише цей варіант)
interview-quit = Вийти (можна спершу зберегти)
interview-tick-alone = { $item } (позначте лише цей варіант)
interview-ticked-together = Ви позначили «{ $what }», а також { $others }: зніміть позначку з одного з них.
interview-needs-answer = на це питання треба відповісти, щоб скласти план
interview-first-question = це перше питання; повертатися назад нікуди
interview-type-number = будь ласка, введіть число, наприклад { $example }
interview-yes-or-no = будь ласка, введіть `yes` (так) або `no` (ні)
interview-dropped = Вашу відповідь на питання «{ $question }» ({ $answer }) прибрано, бо це питання вас більше не стосується.
interview-progress = Питання { $position } — залишилося приблизно { $left }
interview-progress-maybe-more = Питання { $position } — можливо, ще кілька
interview-progress-at-least = Питання { $position } — залишилося { $least } або більше
interview-progress-nearly-done = Питання { $position } — майже готово
interview-show-plan = Показати мій план
interview-continue = Продовжити відповідати на питання (залишилося приблизно { $left })
interview-continue-at-least = Продовжити відповідати на питання (залишилося { $least } або більше)
interview-not-answered = відповіді ще немає
interview-review-prompt = Ваші відповіді. Оберіть одну, щоб змінити її, або продовжуйте
interview-review-intro = Перевірте свої відповіді, перш ніж побачити план.
interview-change = Змінити відповідь: { $question }
interview-how-to-stop = Щоб зупинитися, оберіть «Вийти» (або натисніть Esc): спершу можна зберегти відповіді.
    Ctrl-C зупиняє одразу, без збереження.
interview-opened = Відкрито { $file }.
interview-welcome = Дайте відповідь на кілька питань, щоб отримати власний план. Жодні дані не залишають цей комп'ютер. Нічого не зберігається, якщо ви самі цього не оберете.
interview-save-session = Зберегти цей сеанс, щоб відкрити його пізніше?
interview-nothing-saved = Нічого не збережено.
interview-after-short = Це ваш план коротко. Що далі?
interview-read-plan = Прочитати весь план тут, по одному екрану
interview-go-on = Далі: зберегти пам'ятку або цей сеанс
pager-more = -- Enter або Space: далі. Q: зупинити. (прочитано { $percent }%) --
interview-help-ticks = Space — позначити або зняти позначку, Enter — готово, Esc — вийти.
interview-help-typed = Введіть відповідь і натисніть Enter. Введіть ?, щоб побачити інші варіанти: `back` (назад), `not sure` (не знаю точно), `quit` (вийти).
interview-help-date = Введіть дату у форматі 10/05/2026 (день, місяць, рік) або лише місяць, наприклад 05/2026, і натисніть Enter. Введіть ?, щоб побачити інші варіанти: `back` (назад), `not sure` (не знаю точно), `quit` (вийти).
interview-help-list = Стрілки — переміщення, Enter — вибрати, Esc — вийти.
interview-type-an-answer = Ввести відповідь
interview-what-now = Що ви хочете зробити?
interview-yes = Так
interview-no = Ні
save-handout-only = Ваші відповіді не збережено (збережено лише пам'ятку).
save-saved-to = Збережено у файл { $file }.
    Він містить особисту інформацію: не показуйте його стороннім. Щоб відкрити його знову:
        requal advise --resume { $file }
save-handout-question = Зберегти пам'ятку з цим планом, щоб роздрукувати або взяти з собою? (вебсторінка)
save-handout-yes = Так, зберегти пам'ятку у файл
save-handout-no = Без пам'ятки
save-handout-declined = Пам'ятку не збережено.
save-handout-saved = Пам'ятку збережено у файл { $file }.
    Відкрийте її в браузері, щоб прочитати або роздрукувати. Вона містить особисту інформацію: не показуйте її стороннім.
list-and = { $rest } і { $last }
list-separator = {", "}
stale-translation-notice = Деякі тексти подано англійською, поки оновлюється їхній переклад.
choose-language = Мова
language-name = Українська (Ukrainian)
machine-translation-notice = Цей текст — машинний переклад, який ще не перевірила людина, що вільно володіє мовою. Головним є англійський текст: якщо щось незрозуміло, запитайте консультанта.
note-language-resolved = примітка: `{ $lang }` показано мовою `{ $shown }` — це найближча мова, яка в нас є.
note-language-missing = примітка: у цих правилах ще немає текстів мовою `{ $lang }`, тому їх показано англійською (мови в правилах: { $carried })
save-file-name = Назва файлу (введіть `cancel`, щоб не зберігати)
save-cancel-word = cancel
save-exists = { $file } уже існує. Замінити його?
save-choose-another = Ні, вибрати іншу назву
save-replace = Так, замінити
save-do-not-save = Не зберігати
save-could-not = Не вдалося зберегти у файл { $file }: { $error }
save-what-now = Що тепер?
save-error-permission = у вас немає дозволу записувати туди файли
save-error-no-folder = такої папки не існує
save-error-exists = файл із такою назвою вже існує
save-error-folder = це папка, а не назва файлу
save-error-full = диск заповнений
save-try-another = Спробувати іншу назву
save-leftover = Увага: файл збережено, але тимчасовий файл { $file } не вдалося видалити ({ $error }). Він містить ту саму особисту інформацію: будь ласка, видаліть його.
resume-saved-on = Його збережено { $date } з правилами { $rules } { $version }.
resume-rules-changed = Відтоді правила змінилися: тепер цей сеанс використовує правила { $rules } { $version } ({ $hash }).
resume-no-record = У цьому файлі немає запису попереднього плану, тому ми не можемо показати зміни.
resume-no-change = Жодна зі змін не стосується вашого плану.
resume-what-changed = Що змінилося у вашому плані:
resume-kind = { $kind ->
        [route] шлях
        [step] крок
        [role] проміжна посада
        [support] організація підтримки
        [warning] попередження
       *[other] пункт
    }
resume-attribute = { $attribute ->
        [status] стан
        [cost] вартість
        [time] час
        [open] доступність
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute }: { $value }
resume-new = Додано: { $kind } «{ $title }»
resume-new-with = Додано: { $kind } «{ $title }» ({ $extra })
resume-changed = Змінено: { $kind } «{ $title }»; { $attribute }: було { $was }, тепер { $now }
resume-removed = Вилучено: { $kind } «{ $title }» — цього більше немає у вашому плані
resume-none = немає
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] надійшов запит зупинити requal
       *[hung-up] термінал було закрито
    }
stopped-nothing-saved = Зупинено ({ $why }). Нічого не збережено: ваші відповіді втрачено.
stopped-next-time = Наступного разу оберіть «Вийти» (або натисніть Esc), щоб зберегти відповіді перед зупинкою.
stopped-saved-before = Зупинено ({ $why }). Більше нічого не збережено. Збережено раніше: { $files }.

## Відповіді, які не можна використати (введені під час опитування або у файлі відповідей).
answer-not-an-option = `{ $value }` не входить до варіантів: { $options } (або "not-sure")
answer-not-an-option-list = `{ $value }` не входить до варіантів: { $options }
answer-not-a-grade = `{ $value }` — це не оцінка OET (A, B, C+, C, D або E)
answer-expected = тут має бути { $kind ->
        [choice] один із варіантів, у лапках
        [multi-choice] список, наприклад ["plab-1"]
        [bool] true або false
        [number] число
        [date] дата, наприклад 2026-03-01
       *[oet-grade] оцінка OET, наприклад "B"
    }
answer-in-future = { $value } — це дата в майбутньому (сьогодні { $today })
answer-in-future-help = вкажіть дату, коли це сталося, або "not-sure"
answer-bad-value = неправильне значення для `{ $key }`
answer-not-toml = цей файл не є правильним TOML
answer-not-a-number = це не число
answer-expected-quoted-list = тут має бути список значень у лапках
answer-not-a-table = тут має бути значення, а не таблиця
answer-did-you-mean = можливо, ви мали на увазі `{ $id }`?
answer-key-help = `requal explain questions` показує ідентифікатори всіх питань
answer-unknown-key = `{ $key }` — це не питання з цього набору правил
answer-unknown-key-label = невідомий ключ
answer-session-invalid = таблиця `[session]` неправильна: { $detail }
answer-session-label = у `session`
answer-not-a-choice = `{ $value }` не входить до варіантів: { $options }
date-error-shape = тут має бути дата у форматі рік-місяць-день, наприклад 2026-03-15 для 15 березня 2026 року, а вказано `{ $value }`
date-error-person-shape = `{ $value }` — ми не можемо прочитати цю дату. Напишіть її, наприклад, так: 10/05/2026, 2026-05-10 або May 2026 (назва місяця англійською)
date-error-no-month = `{ $value }` — такої дати немає: місяця { $month } не існує
date-error-no-day = `{ $value }` — такої дати немає: у { $month ->
        [1] січні
        [2] лютому
        [3] березні
        [4] квітні
        [5] травні
        [6] червні
        [7] липні
        [8] серпні
        [9] вересні
        [10] жовтні
        [11] листопаді
       *[12] грудні
    } { $year } року кількість днів — { $days }
date-error-not-real = `{ $value }` — такої дати немає
date-error-too-early = { $value } — раніше, ніж { $earliest }: перевірте рік
answer-below-min = { $value } менше за найменше допустиме значення ({ $min })
answer-above-max = { $value } більше за найбільше допустиме значення ({ $max })
answer-off-step = { $value } не відповідає кроку { $step } (підійде, наприклад, { $lower } або { $upper })

## Проблеми з файлом відповідей, як їх бачить учасник.
problem-error = помилка
problem-warning = попередження
problem-help = підказка
problem-none = проблем не знайдено
problem-summary = { $errors ->
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилки
    } і { $warnings ->
        [one] { $warnings } попередження
        [few] { $warnings } попередження
        [many] { $warnings } попереджень
       *[other] { $warnings } попередження
    }
answers-unreadable = не вдається прочитати файл: { $why }
answers-unreadable-label = тут
answers-utf16 = це текст у кодуванні UTF-16; збережіть його як UTF-8 (більшість редакторів пропонують це в меню «Зберегти як»)
answers-not-utf8 = це не текст UTF-8 (перший неправильний байт має номер { $offset }); збережіть його як UTF-8

## Власні рядки команд для учасника або консультанта.
note-rules-changed-same-version = примітка: правила змінилися відтоді, як ці відповіді було збережено (та сама версія { $version }, але інший зміст)
note-rules-changed = примітка: ці відповіді збережено з правилами { $saved_rules } { $saved_version }; цей план використовує { $rules } { $version }
no-terminal = помилка: для сеансу порад потрібен інтерактивний термінал
    підказка: щоб скласти план без питань, запишіть відповіді у файл і запустіть `requal plan --answers FILE`
answers-unusable-plan = помилка: у `{ $file }` є відповіді, які цей набір правил не може використати; план не складено
answers-unusable-resume = помилка: у `{ $file }` є відповіді, які цей набір правил не може використати; виправте їх і спробуйте знову
ruleset-has-errors = помилка: у наборі правил є помилки, тому план скласти не можна; подробиці покаже `requal lint`

## `requal explain`: що означає питання, шлях, крок, вимога щодо англійської мови чи термін.
explain-question = питання `{ $id }`
explain-asked-when = Коли ставиться: { $condition }
explain-number-range = Число від { $min } до { $max } з кроком { $step }
explain-route = шлях `{ $id }`: { $title }
explain-for = Для: { $professions }
explain-requires = Вимагає: { $condition }  ({ $why })
explain-steps-in-order = Кроки по порядку:
explain-english = Вимога щодо англійської мови `{ $id }`: { $title }
explain-from-until = з { $from } до { $until }
explain-from = з { $from }
explain-until = до { $until }
explain-not-confirmed = не підтверджено
explain-valid-months = Результати дійсні протягом { $months } місяців.
explain-step = крок `{ $id }`: { $title }
explain-role = посада `{ $id }`: { $title }
explain-warning = попередження `{ $id }`
explain-organisation = організація `{ $id }`: { $name }
explain-done-when = Виконано, коли: { $condition }
explain-after = Після: { $steps }
explain-step-of-routes = `{ $id }` — це крок таких шляхів (щоб пояснити один із них, запустіть `requal explain ROUTE.STEP`):
explain-did-you-mean = підказка: можливо, ви мали на увазі `{ $id }`?
explain-unknown = помилка: `{ $id }` — це не код перевірки (lint), не питання, не шлях, не крок (route.step), не вимога щодо англійської мови, не посада, не організація і не термін
explain-lists = підказка: `requal explain lints`, `explain questions`, `explain routes` і `explain terms` показують їхні списки

## `requal progress`: позначення виконаних кроків між сеансами.
progress-ask = Чи виконали ви якісь із цих кроків після збереження? Оберіть крок, щоб позначити його виконаним.
progress-none-done = Більше нічого: перейти до моїх відповідей
progress-marked-now = Крок «{ $title }» позначено виконаним сьогодні. Позначка збережеться, коли ви збережете сеанс.
progress-unknown-step = помилка: `{ $step }` — це не крок цих правил (пишіть у форматі ROUTE.STEP)
progress-list-steps = підказка: `requal explain routes` показує всі кроки у форматі ROUTE.STEP
progress-note-too-long = нотатка задовга: не більше { $max } символів
progress-marked = Крок «{ $title }» ({ $step }) позначено виконаним { $date }. Збережено.
progress-unmarked = З кроку «{ $title }» ({ $step }) знято позначку «виконано». Збережено.
progress-not-marked = Крок «{ $title }» ({ $step }) не мав позначки «виконано»: нічого не змінено.

## `requal plan --compare-rules OLD`: як змінюється план однієї людини з новішими правилами.
compare-heading = Як змінюється ваш план при переході з правил { $old } на правила { $new }:
compare-same = З обома наборами правил ваш план однаковий.
compare-route-new = Нове у вашому плані: { $route } ({ $status }).
compare-route-gone = Цього більше немає у вашому плані: { $route }.
compare-route-status = { $route }: було { $before }, тепер { $after }.
compare-step-new = { $route }: новий крок «{ $step }».
compare-step-gone = { $route }: кроку «{ $step }» більше немає.
compare-step-status = Крок «{ $step }»: було { $before }, тепер { $after }.
compare-fee = Крок «{ $step }»: збір — було { $before }, тепер { $after }.
compare-fee-new = Крок «{ $step }»: новий збір, { $after }.
compare-fee-gone = Крок «{ $step }»: збору { $before } більше немає.
compare-warning-new = Нове, на що варто звернути увагу: { $text }
compare-warning-gone = Більше не потребує уваги: { $text }
