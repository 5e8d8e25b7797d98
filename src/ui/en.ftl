# The interface catalogue, English. Every reason the engine gives is a message here, with its
# arguments; translations live beside this file as <lang>.ftl with the same ids and arguments.
# Rule content (titles, labels, answers as shown) arrives in arguments already in the
# person's language.

## A sentence written in the rules themselves.
rule-text = { $text }

## Answers, as the condition language reads them.
answer-is = your { $label } is { $answer }
answer-yes-no = { $label }: { $answer }
answer-not-sure = you are not sure of your { $label }
answer-unknown = we do not know your { $label }
list-includes = your { $label } include { $answer }
list-excludes = your { $label } do not include { $answer }
date-since-days = your { $label } is { $answer } ({ $elapsed ->
        [one] { $elapsed } day
       *[other] { $elapsed } days
    } ago)
date-since-months = your { $label } is { $answer } ({ $elapsed ->
        [one] { $elapsed } month
       *[other] { $elapsed } months
    } ago)
date-since-years = your { $label } is { $answer } ({ $elapsed ->
        [one] { $elapsed } year
       *[other] { $elapsed } years
    } ago)

## English tests.
english-summary = { $summary }
english-no-test = you have not taken an English test yet
date-month-only = you gave only the month of your { $label }, so we count from its first day, to be safe
english-date-month-only = you gave only the month of your test, so we count from its first day, to be safe
english-test-unknown = you are not sure which English test you have taken: find your Test Report Form or OET results
english-test-not-accepted = { $requirement } does not accept { $test }
english-below = your { $test } { english-part } { $kind ->
        [score] score
       *[grade] grade
    } { $have } is below the minimum of { $kind ->
        [score] { $need }
       *[grade] grade { $need }
    }
english-part-unknown = we do not know your { $test } { english-part } { $kind ->
        [score] score
       *[grade] grade
    }
english-part = { $part ->
        [listening] listening
        [reading] reading
        [writing] writing
        [speaking] speaking
       *[overall] overall
    }
english-too-old = your test on { $date } is { $age } months old; results count for { $months } months
english-too-old-unconfirmed = your test on { $date } is { $age } months old; results may count for only { $months } months { unconfirmed-marker }
english-date-unknown = we do not know the date of your test; results count for { $months } months
english-date-unknown-unconfirmed = we do not know the date of your test; results may count for only { $months } months { unconfirmed-marker }
english-met = your { $test } results meet every minimum
english-unconfirmed = these { $test } minimums are not confirmed: check with the regulator.

## Routes, steps and roles.
not-sure-yet = Not sure yet: { $text }
not-sure-yet-because = Not sure yet: { $text } ({ $because })
step-implied-done = Done: it comes before "{ $later }", which you have done.
step-find-out = Find this out first.
step-blocked-if-not-done = If it is not done yet, it is blocked: { $because }
step-blocked = Blocked: { $because }
step-not-open-now = this step is not open to you now
step-blocked-until = Blocked until you can do "{ $step }".
step-marked-done = you marked this step done
step-marked-done-on = you marked this step done on { $date }
step-done-evidence = your evidence: { $note }
step-after = { $count ->
        [one] After step { $steps }.
       *[other] After steps { $steps }.
    }
step-check-first = Check first: { $because }
step-check-first-because = Check first: { $because } ({ $unknown })
step-may-not-be-open = this step may not be open to you now
step-only-for-some = This step is only for some people. Find out first whether it applies to you ({ $unknown }).

## Warnings the engine adds itself.
warning-profession-unknown = We do not know your profession, so no registration route is shown. Answer the profession question to see your routes.
warning-no-open-route = None of the routes in these rules fits your answers. Ask { $regulator } about your case, and talk to one of the organisations below.
warning-no-open-route-unknown-regulator = None of the routes in these rules fits your answers. Ask the regulator for your profession about your case, and talk to one of the organisations below.
warning-done-not-confirmed = Marked done using facts we could not confirm: { $steps }. Check them with the regulator before you rely on them.
warning-may-apply = This may apply to you ({ $because }). { $text }

## Organisations.
support-region = works in your region ({ $region })
support-profession = helps people in your profession ({ $profession })
support-may-help = may help you: find out first ({ $because })

## Fees and times.
cost-may-be-instead = It may be { $amount } instead: { $label } ({ $because }).
duration-days = { $min ->
        [one] 1 day
       *[other] { $min } days
    }
duration-weeks = { $min ->
        [one] 1 week
       *[other] { $min } weeks
    }
duration-months = { $min ->
        [one] 1 month
       *[other] { $min } months
    }
duration-years = { $min ->
        [one] 1 year
       *[other] { $min } years
    }
duration-range-days = { $min }–{ $max } days
duration-range-weeks = { $min }–{ $max } weeks
duration-range-months = { $min }–{ $max } months
duration-range-years = { $min }–{ $max } years

## The plan as a person reads it: headings, labels and lines, in every format.
plan-meta = Plan for { $who } on { $date } (rules { $rules } { $version }, { $hash })
plan-meta-you = Plan for you on { $date } (rules { $rules } { $version }, { $hash })
plan-title = Your plan: { $profession }
plan-title-you = Your plan
answers-heading = Your answers
answers-intro = This plan was made on { $date } from these answers. If one is wrong, the plan may be wrong: run requal again with the right answer.
short-heading = Your plan in short
unconfirmed-marker = (?)
unconfirmed-legend = (?) means we could not confirm it. Check it before you rely on it. Ask the regulator about routes, steps and fees. Ask an organisation about its own help, and an employer about a job. Ask an immigration adviser about immigration.
common-reasons = For all of these: { $reasons }.
common-reasons-open-jobs = For the jobs open to you now: { $reasons }.
common-reasons-closed-jobs = For the jobs not open to you yet: { $reasons }.
same-as-before = The same as in the route "{ $route }" above.
short-for-whom = This plan is for someone who said:
short-answer = { $label }: { $answer }
short-route = Your best route: { $route } ({ $regulator }).
short-no-route = No registration route in these rules is open to you now. The plan below says why, and what you can do meanwhile.
short-possible-routes = No route stands out for you yet. These may fit: { $routes }. The steps marked "check" tell you what to find out.
short-deadline = { $kind ->
       *[english-results] Your English test results count until { $date }. Finish the steps that need them before then.
    }
short-fees-range = { $min } to { $max }
short-fees = Fees still to pay: about { $amount } ({ $count ->
        [one] 1 fee
       *[other] { $count } fees
    }{ $unconfirmed ->
        [0] {""}
       *[other] , { $unconfirmed } not confirmed
    }).
short-fees-reduced = Some of these fees are refunded or waived for you: see the steps.
short-fees-help = There may be help with these fees: the full plan says where.
short-fees-no-help = We found no help with these fees in our rules. Ask the organisations below.
short-time = About how long until you can register: { $time }.
short-time-partial = How long until you can register: we cannot say yet. { $unknown ->
        [one] One step has
       *[other] { $unknown } steps have
    } no time in our rules. The steps that have one take about { $time } in all.
short-time-unknown = We cannot say how long this route takes: our rules give no times for its steps.
short-contacts = Who can help:
short-more = The full plan follows: every step, why, the fees, jobs you can do meanwhile, and the sources.
next-heading = Your next steps
next-route-intro = If the route "{ $route }" is yours:
next-check-first = { $step } (check this first)
warnings-heading = Watch out
routes-heading = Routes
no-routes = No registration route in these rules matches your answers.
route-heading = { $status ->
        [recommended] Recommended route
       *[possible] Possible route
    }: { $title }
regulator-line = Regulator: { $regulator }
steps-column-number = #
steps-column-step = Step: what to do, and why
steps-column-status = Status
steps-column-cost = Cost and time
status-done = done
status-next = next
status-todo = to do
status-blocked = blocked
status-check = check
sources-line = Sources: { $cite }
cost-line = { $label }: { $amount }
time-line = Time: { $time }
closed-heading = Routes not open to you now
closed-column-route = Route
closed-column-why = Why not
closed-column-meanwhile = Meanwhile
meanwhile-line = Meanwhile: { $text }
roles-heading = Stepping-stone roles
roles-column-role = Role
roles-column-open = Open now?
roles-column-why = Why
role-open = open now
role-not-open = not open yet
role-check = not sure yet
support-heading = Support near you
support-column-organisation = Organisation
support-column-why = Why
support-column-website = Website
glossary-heading = Words used
sources-heading = Sources
source-checked = checked { $verified }
source-checked-dated = page dated { $page }; checked { $verified }
source-overdue = { $checked }, overdue for re-checking
cost-item = Cost: { $cost }

## Who can confirm what we could not.

## Answers as shown.
answer-yes = yes
answer-no = no
answer-none = none
answer-not-sure-shown = not sure
answer-not-known = not known
amount-free = free

## How numbers and amounts are written: the digit-group mark, the decimal mark, and where
## the currency goes.
number-group-mark = ,
number-decimal-mark = .
money-symbol = { $symbol }{ $number }
money-code = { $number } { $code }
route-status-recommended = recommended
route-status-possible = possible
route-status-not-open = not open

## An English requirement in one sentence: each accepted test and its minimums.
english-score = { $kind ->
        [band] { $value }
       *[grade] grade { $value }
    }
english-score-group = { $score } in { $parts }
english-form-overall-parts = { $test } { $overall } overall and at least { $groups }
english-form-overall = { $test } { $overall } overall
english-form-parts = { $test } at least { $groups }
english-form-test = { $test }
english-form = { $scores }, { $sitting ->
        [one] in one sitting
       *[two] in one sitting or two sittings within 12 months
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }, or across two sittings within 12 months{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. Or { $rest }
english-none-accepted = no test is accepted on this date
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. Results count for { $months } months from the test date
english-requirement-valid-unconfirmed = { $title }: { $forms }. Results may count for only { $months } months from the test date { unconfirmed-marker }

## The interview.
interview-back = Back to the previous question
interview-back-to-review = Back to the list of answers (no change)
interview-leave-question = Save your answers so far before you go?
interview-go-back = Go back to the questions
interview-go-back-to-review = Go back to the list of answers
interview-save-it = Yes, save it to a file
interview-do-not-save = No, do not save
interview-not-sure = Not sure
interview-not-sure-alone = Not sure (tick this alone)
interview-quit = Quit (you can save first)
interview-tick-alone = { $item } (tick this alone)
interview-ticked-together = You ticked "{ $what }" and also { $others }: untick one of them.
interview-needs-answer = this question needs an answer to make a plan
interview-first-question = this is the first question; there is nothing to go back to
interview-type-number = please type a number, like { $example }
interview-yes-or-no = please answer yes or no
interview-dropped = Dropped your answer to "{ $question }" ({ $answer }) because it no longer applies.
interview-progress = Question { $position } — about { $left } left
interview-progress-maybe-more = Question { $position } — maybe a few more
interview-progress-at-least = Question { $position } — { $least } or more left
interview-progress-nearly-done = Question { $position } — nearly done
interview-show-plan = Show my plan
interview-continue = Continue with the questions (about { $left } left)
interview-continue-at-least = Continue with the questions ({ $least } or more left)
interview-not-answered = not answered yet
interview-review-prompt = Your answers. Choose one to change it, or go on
interview-review-intro = Check your answers before the plan.
interview-change = Change your answer: { $question }
interview-how-to-stop = To stop, choose Quit (or press Esc): you can save your answers first.
    Ctrl-C stops at once, without saving.
interview-opened = Opened { $file }.
interview-welcome = Answer a few questions to get your own plan. Nothing leaves this computer, and nothing is saved unless you choose to save it.
interview-save-session = Save this session, to open it again later?
interview-nothing-saved = Nothing was saved.
interview-after-short = That is your plan in short. What next?
interview-read-plan = Read the whole plan here, one screen at a time
interview-go-on = Go on: save a handout or this session
pager-more = -- Enter or Space: more. Q: stop. ({ $percent }% read) --
interview-help-ticks = Space to tick or untick, Enter when done, Esc to quit.
interview-help-typed = Type your answer and press Enter. Type ? for other choices: back, not sure, quit.
interview-help-date = Type the date like 10/05/2026 (day, month, year), or only the month like 05/2026, and press Enter. Type ? for other choices: back, not sure, quit.
interview-help-list = Arrow keys to move, Enter to choose, Esc to quit.
interview-type-an-answer = Type an answer
interview-what-now = What would you like to do?
interview-yes = Yes
interview-no = No
save-handout-only = Your answers were not saved (only the handout was).
save-saved-to = Saved to { $file }.
    It holds personal information: keep it private. To open it again:
        requal advise --resume { $file }
save-handout-question = Save a handout of this plan, to print or take home? (a web page)
save-handout-yes = Yes, save the handout to a file
save-handout-no = No handout
save-handout-declined = No handout was saved.
save-handout-saved = Saved the handout to { $file }.
    Open it in a web browser to read or print it. It holds personal information: keep it private.
list-and = { $rest } and { $last }
list-separator = {", "}
stale-translation-notice = Some texts are in English while their translation is updated.
choose-language = Language
language-name = English
machine-translation-notice = This text is a machine translation that no fluent speaker has checked yet. The English is what counts: ask an adviser if anything is unclear.
note-language-resolved = note: `{ $lang }` is shown in `{ $shown }`, the closest language we have.
note-language-missing = note: these rules have no texts in `{ $lang }` yet, so they are shown in English (rules carry: { $carried })
save-file-name = File name (type cancel to not save)
save-cancel-word = cancel
save-exists = { $file } already exists. Replace it?
save-choose-another = No, choose another name
save-replace = Yes, replace it
save-do-not-save = Do not save
save-could-not = Could not save to { $file }: { $error }
save-what-now = What now?
save-error-permission = you may not write files there
save-error-no-folder = that folder does not exist
save-error-exists = a file with that name already exists
save-error-folder = that is a folder, not a file name
save-error-full = the disk is full
save-try-another = Try another name
save-leftover = Note: the file was saved, but the temporary file { $file } could not be removed ({ $error }). It holds the same personal information: please delete it.
resume-saved-on = It was saved on { $date } with rules { $rules } { $version }.
resume-rules-changed = The rules have changed since then: this session now uses rules { $rules } { $version } ({ $hash }).
resume-no-record = This file has no record of the earlier plan, so the changes cannot be listed.
resume-no-change = None of the changes affect your plan.
resume-what-changed = What changed in your plan:
resume-kind = { $kind ->
        [route] route
        [step] step
        [role] stepping-stone role
        [support] support organisation
        [warning] warning
       *[other] item
    }
resume-attribute = { $attribute ->
        [status] status
        [cost] cost
        [time] time
        [open] open
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute } { $value }
resume-new = New { $kind }: "{ $title }"
resume-new-with = New { $kind }: "{ $title }" ({ $extra })
resume-changed = Changed { $kind } "{ $title }": { $attribute } was { $was }, now { $now }
resume-removed = Removed { $kind }: "{ $title }" is no longer in your plan
resume-none = none
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] requal was asked to stop
       *[hung-up] the terminal was closed
    }
stopped-nothing-saved = Stopped ({ $why }). Nothing was saved: your answers are gone.
stopped-next-time = Next time, choose Quit (or press Esc) to save your answers before you stop.
stopped-saved-before = Stopped ({ $why }). Nothing else was saved. Saved before: { $files }.

## Answers that cannot be used (typed in the interview, or in an answers file).
answer-not-an-option = `{ $value }` is not one of { $options } (or "not-sure")
answer-not-an-option-list = `{ $value }` is not one of { $options }
answer-not-a-grade = `{ $value }` is not an OET grade (A, B, C+, C, D or E)
answer-expected = expected { $kind ->
        [choice] one of the options, in quotes
        [multi-choice] a list like ["plab-1"]
        [bool] true or false
        [number] a number
        [date] a date like 2026-03-01
       *[oet-grade] an OET grade like "B"
    }
answer-in-future = { $value } is in the future (today is { $today })
answer-in-future-help = give the date it happened, or "not-sure"
answer-bad-value = bad value for `{ $key }`
answer-not-toml = this file is not valid TOML
answer-not-a-number = not a number
answer-expected-quoted-list = expected a list of quoted values
answer-not-a-table = expected a value, not a table
answer-did-you-mean = did you mean `{ $id }`?
answer-key-help = `requal explain questions` lists every question id
answer-unknown-key = `{ $key }` is not a question in this ruleset
answer-unknown-key-label = unknown key
answer-session-invalid = the `[session]` table is not valid: { $detail }
answer-session-label = in `session`
answer-not-a-choice = `{ $value }` is not one of { $options }
date-error-shape = expected a date written year-month-day, like 2026-03-15 for 15 March 2026, got `{ $value }`
date-error-person-shape = `{ $value }` is not a date we can read: write it like 10/05/2026, 2026-05-10 or May 2026
date-error-no-month = `{ $value }` is not a real date: there is no month { $month }
date-error-no-day = `{ $value }` is not a real date: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
date-error-not-real = `{ $value }` is not a real date
date-error-too-early = { $value } is before { $earliest }: check the year
answer-below-min = { $value } is below the lowest allowed value, { $min }
answer-above-max = { $value } is above the highest allowed value, { $max }
answer-off-step = { $value } is not a step of { $step } (for example { $lower } or { $upper })

## Problems with an answers file, as a participant reads them.
problem-error = error
problem-warning = warning
problem-help = help
problem-none = no problems found
problem-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
answers-unreadable = the file cannot be read: { $why }
answers-unreadable-label = here
answers-utf16 = it is UTF-16 text; save it as UTF-8 (most editors offer this under "Save as")
answers-not-utf8 = it is not UTF-8 text (the first bad byte is at byte { $offset }); save it as UTF-8

## The commands' own lines for a participant or adviser.
note-rules-changed-same-version = note: the rules have changed since these answers were saved (same version { $version }, different content)
note-rules-changed = note: these answers were saved with rules { $saved_rules } { $saved_version }; this plan uses { $rules } { $version }
no-terminal = error: the advice session needs an interactive terminal
    help: to plan without questions, write an answers file and run `requal plan --answers FILE`
answers-unusable-plan = error: `{ $file }` has answers this ruleset cannot use; nothing was planned
answers-unusable-resume = error: `{ $file }` has answers this ruleset cannot use; fix them and try again
ruleset-has-errors = error: the ruleset has errors, so no plan can be made; run `requal lint` for details

## `requal explain`: what a question, route, step, English requirement or term means.
explain-question = question `{ $id }`
explain-asked-when = Asked when: { $condition }
explain-number-range = A number from { $min } to { $max } in steps of { $step }
explain-route = route `{ $id }`: { $title }
explain-for = For: { $professions }
explain-requires = Requires: { $condition }  ({ $why })
explain-steps-in-order = Steps, in order:
explain-english = English requirement `{ $id }`: { $title }
explain-from-until = from { $from } until { $until }
explain-from = from { $from }
explain-until = until { $until }
explain-not-confirmed = not confirmed
explain-valid-months = Results count for { $months } months.
explain-step = step `{ $id }`: { $title }
explain-role = job `{ $id }`: { $title }
explain-warning = warning `{ $id }`
explain-organisation = organisation `{ $id }`: { $name }
explain-done-when = Done when: { $condition }
explain-after = After: { $steps }
explain-step-of-routes = `{ $id }` is a step of these routes (explain one with `requal explain ROUTE.STEP`):
explain-did-you-mean = help: did you mean `{ $id }`?
explain-unknown = error: `{ $id }` is not a lint code, question, route, step (route.step), English requirement, job, organisation or term
explain-lists = help: `requal explain lints`, `explain questions`, `explain routes` and `explain terms` list them

## `requal progress`: marking steps done between sessions.
progress-ask = Have you done any of these steps since you saved? Choose one to mark it done.
progress-none-done = No more: go on to my answers
progress-marked-now = Marked "{ $title }" done today. It is saved when you save the session.
progress-unknown-step = error: `{ $step }` is not a step of these rules (write it ROUTE.STEP)
progress-list-steps = help: `requal explain routes` lists every step as ROUTE.STEP
progress-note-too-long = the note is too long: at most { $max } characters
progress-marked = Marked "{ $title }" ({ $step }) done on { $date }. Saved.
progress-unmarked = "{ $title }" ({ $step }) is no longer marked done. Saved.
progress-not-marked = "{ $title }" ({ $step }) was not marked done: nothing changed.

## `requal plan --compare-rules OLD`: how one person's plan changes with newer rules.
compare-heading = How your plan changes from rules { $old } to rules { $new }:
compare-same = Your plan is the same with both sets of rules.
compare-route-new = New in your plan: { $route } ({ $status }).
compare-route-gone = No longer in your plan: { $route }.
compare-route-status = { $route }: was { $before }, now { $after }.
compare-step-new = { $route }: a new step, "{ $step }".
compare-step-gone = { $route }: the step "{ $step }" is gone.
compare-step-status = "{ $step }": was { $before }, now { $after }.
compare-fee = "{ $step }": the fee was { $before }, now { $after }.
compare-fee-new = "{ $step }": a new fee of { $after }.
compare-fee-gone = "{ $step }": the fee of { $before } is gone.
compare-warning-new = New to watch: { $text }
compare-warning-gone = No longer to watch: { $text }
