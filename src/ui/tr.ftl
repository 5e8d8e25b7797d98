# Arayüz kataloğu, Türkçe (makine çevirisi). Motorun verdiği her gerekçe burada, argümanlarıyla
# birlikte bir iletidir; kimlikler ve argümanlar en.ftl ile aynıdır.
# Kural içeriği (başlıklar, etiketler, gösterilen yanıtlar) argümanlarda, kişinin dilinde
# hazır gelir.

## Kuralların kendisinde yazılı bir cümle.
rule-text = { $text }

## Koşul dilinin okuduğu biçimiyle yanıtlar.
answer-is = { $label } için yanıtınız: { $answer }
answer-yes-no = { $label }: { $answer }
answer-not-sure = { $label } konusunda emin değilsiniz
answer-unknown = { $label } bilginiz elimizde yok
list-includes = { $label } için yanıtlarınız arasında { $answer } var
list-excludes = { $label } için yanıtlarınız arasında { $answer } yok
date-since-days = { $label } için yanıtınız: { $answer } ({ $elapsed ->
        [one] { $elapsed } gün
       *[other] { $elapsed } gün
    } önce)
date-since-months = { $label } için yanıtınız: { $answer } ({ $elapsed ->
        [one] { $elapsed } ay
       *[other] { $elapsed } ay
    } önce)
date-since-years = { $label } için yanıtınız: { $answer } ({ $elapsed ->
        [one] { $elapsed } yıl
       *[other] { $elapsed } yıl
    } önce)

## İngilizce sınavları.
english-summary = { $summary }
english-no-test = henüz bir İngilizce sınavına girmediniz
date-month-only = { $label } için yalnızca ayı yazdınız; güvenli olsun diye o ayın ilk gününden sayıyoruz
english-date-month-only = sınavınız için yalnızca ayı yazdınız; güvenli olsun diye o ayın ilk gününden sayıyoruz
english-test-unknown = hangi İngilizce sınavına girdiğinizden emin değilsiniz: Test Report Form belgenizi ya da OET sonuçlarınızı bulun
english-test-not-accepted = { $requirement }: { $test } kabul edilmiyor
english-below = { $test } { english-part } { $kind ->
        [score] puanınız
       *[grade] notunuz
    } { $have }; bu, gereken en düşük { $kind ->
        [score] puanın ({ $need })
       *[grade] notun ({ $need })
    } altında
english-part-unknown = { $test } { english-part } { $kind ->
        [score] puanınızı
       *[grade] notunuzu
    } bilmiyoruz
english-part = { $part ->
        [listening] dinleme
        [reading] okuma
        [writing] yazma
        [speaking] konuşma
       *[overall] genel
    }
english-too-old = { $date } tarihli sınavınızın üzerinden { $age } ay geçti; sonuçlar { $months } ay geçerlidir
english-too-old-unconfirmed = { $date } tarihli sınavınızın üzerinden { $age } ay geçti; sonuçlar yalnızca { $months } ay geçerli olabilir { unconfirmed-marker }
english-date-unknown = sınavınızın tarihini bilmiyoruz; sonuçlar { $months } ay geçerlidir
english-date-unknown-unconfirmed = sınavınızın tarihini bilmiyoruz; sonuçlar yalnızca { $months } ay geçerli olabilir { unconfirmed-marker }
english-met = { $test } sonuçlarınız tüm asgari şartları karşılıyor
english-unconfirmed = bu { $test } asgari şartları doğrulanmadı: düzenleyici kuruma danışın.

## Yollar, adımlar ve işler.
not-sure-yet = Henüz belli değil: { $text }
not-sure-yet-because = Henüz belli değil: { $text } ({ $because })
step-implied-done = Tamamlandı: bu adım, tamamladığınız "{ $later }" adımından önce gelir.
step-find-out = Önce bunu öğrenin.
step-blocked-if-not-done = Henüz yapılmadıysa şu an yapılamaz: { $because }
step-blocked = Şu an yapılamaz: { $because }
step-not-open-now = bu adım şu an size açık değil
step-blocked-until = Şu an yapılamaz: önce "{ $step }" adımını yapabilmeniz gerekir.
step-marked-done = bu adımı tamamlandı olarak işaretlediniz
step-marked-done-on = bu adımı { $date } tarihinde tamamlandı olarak işaretlediniz
step-done-evidence = kanıtınız: { $note }
step-after = { $count ->
        [one] { $steps } numaralı adımdan sonra.
       *[other] { $steps } numaralı adımlardan sonra.
    }
step-check-first = Önce kontrol edin: { $because }
step-check-first-because = Önce kontrol edin: { $because } ({ $unknown })
step-may-not-be-open = bu adım şu an size açık olmayabilir
step-only-for-some = Bu adım yalnızca bazı kişiler içindir. Önce sizin için geçerli olup olmadığını öğrenin ({ $unknown }).

## Motorun kendi eklediği uyarılar.
warning-profession-unknown = Mesleğinizi bilmiyoruz, bu yüzden hiçbir kayıt yolu gösterilmiyor. Yollarınızı görmek için meslek sorusunu yanıtlayın.
warning-no-open-route = Bu kurallardaki yolların hiçbiri yanıtlarınıza uymuyor. Durumunuzu { $regulator } kurumuna sorun ve aşağıdaki kuruluşlardan biriyle konuşun.
warning-no-open-route-unknown-regulator = Bu kurallardaki yolların hiçbiri yanıtlarınıza uymuyor. Durumunuzu mesleğinizin düzenleyici kurumuna sorun ve aşağıdaki kuruluşlardan biriyle konuşun.
warning-done-not-confirmed = Doğrulayamadığımız bilgilere dayanarak tamamlandı olarak işaretlendi: { $steps }. Bunlara güvenmeden önce düzenleyici kurumla kontrol edin.
warning-may-apply = Bu sizin için geçerli olabilir ({ $because }). { $text }

## Kuruluşlar.
support-region = bölgenizde çalışıyor ({ $region })
support-profession = sizin mesleğinizdeki kişilere yardım ediyor ({ $profession })
support-may-help = size yardım edebilir: önce öğrenin ({ $because })

## Ücretler ve süreler.
cost-may-be-instead = Bunun yerine { $amount } olabilir: { $label } ({ $because }).
duration-days = { $min ->
        [one] 1 gün
       *[other] { $min } gün
    }
duration-weeks = { $min ->
        [one] 1 hafta
       *[other] { $min } hafta
    }
duration-months = { $min ->
        [one] 1 ay
       *[other] { $min } ay
    }
duration-years = { $min ->
        [one] 1 yıl
       *[other] { $min } yıl
    }
duration-range-days = { $min }–{ $max } gün
duration-range-weeks = { $min }–{ $max } hafta
duration-range-months = { $min }–{ $max } ay
duration-range-years = { $min }–{ $max } yıl

## Kişinin okuduğu biçimiyle plan: başlıklar, etiketler ve satırlar, her biçimde.
plan-meta = { $who } için { $date } tarihli plan (kurallar: { $rules } { $version }, { $hash })
plan-meta-you = Sizin için { $date } tarihli plan (kurallar: { $rules } { $version }, { $hash })
plan-title = Planınız: { $profession }
plan-title-you = Planınız
answers-heading = Yanıtlarınız
answers-intro = Bu plan { $date } tarihinde şu yanıtlara göre hazırlandı. Bir yanıt yanlışsa plan da yanlış olabilir: requal programını doğru yanıtla yeniden çalıştırın.
short-heading = Kısaca planınız
unconfirmed-marker = (?)
unconfirmed-legend = (?) işareti, bunu doğrulayamadığımız anlamına gelir. Güvenmeden önce kontrol edin. Yollar, adımlar ve ücretler için düzenleyici kuruma danışın. Bir kuruluşun kendi yardımı için o kuruluşa, bir iş için işverene danışın. Göçmenlik konuları için bir göçmenlik danışmanına danışın.
common-reasons = Bunların hepsi için: { $reasons }.
common-reasons-open-jobs = Şu an size açık işler için: { $reasons }.
common-reasons-closed-jobs = Henüz size açık olmayan işler için: { $reasons }.
same-as-before = Yukarıdaki "{ $route }" yolundakiyle aynı.
short-for-whom = Bu plan, şunları söyleyen biri için:
short-answer = { $label }: { $answer }
short-route = Sizin için en iyi yol: { $route } ({ $regulator }).
short-no-route = Bu kurallardaki kayıt yollarının hiçbiri şu an size açık değil. Aşağıdaki plan nedenini ve bu arada neler yapabileceğinizi anlatıyor.
short-possible-routes = Henüz sizin için öne çıkan bir yol yok. Şunlar uygun olabilir: { $routes }. "kontrol" olarak işaretli adımlar neyi öğrenmeniz gerektiğini söyler.
short-deadline = { $kind ->
       *[english-results] İngilizce sınav sonuçlarınız { $date } tarihine kadar geçerli. Bu sonuçları gerektiren adımları o tarihten önce bitirin.
    }
short-fees-range = { $min } ile { $max } arası
short-fees = Ödenecek ücretler: yaklaşık { $amount } ({ $count ->
        [one] 1 ücret
       *[other] { $count } ücret
    }{ $unconfirmed ->
        [0] {""}
       *[other] , { $unconfirmed } tanesi doğrulanmadı
    }).
short-fees-reduced = Bu ücretlerin bir kısmı sizin için iade ediliyor ya da sizden alınmıyor: adımlara bakın.
short-fees-help = Bu ücretler için yardım olabilir: tam plan nereye başvurabileceğinizi söylüyor.
short-fees-no-help = Kurallarımızda bu ücretler için bir yardım bulamadık. Aşağıdaki kuruluşlara sorun.
short-time = Kayıt olabilmeniz için gereken yaklaşık süre: { $time }.
short-time-partial = Kayıt olabilmeniz için gereken süre: bunu henüz söyleyemiyoruz. { $unknown ->
        [one] Bir adımın
       *[other] { $unknown } adımın
    } kurallarımızda süresi yok. Süresi belli olan adımlar toplamda yaklaşık { $time } sürüyor.
short-time-unknown = Bu yolun ne kadar süreceğini söyleyemiyoruz: kurallarımızda adımlarının süresi yok.
short-contacts = Size kimler yardım edebilir:
short-more = Tam plan aşağıda: her adım ve nedeni, ücretler, bu arada yapabileceğiniz işler ve kaynaklar.
next-heading = Sıradaki adımlarınız
next-route-intro = "{ $route }" yolu sizin yolunuzsa:
next-check-first = { $step } (önce bunu kontrol edin)
warnings-heading = Dikkat
routes-heading = Yollar
no-routes = Bu kurallardaki kayıt yollarının hiçbiri yanıtlarınıza uymuyor.
route-heading = { $status ->
        [recommended] Önerilen yol
       *[possible] Olası yol
    }: { $title }
regulator-line = Düzenleyici kurum: { $regulator }
steps-column-number = #
steps-column-step = Adım: ne yapmalı ve neden
steps-column-status = Durum
steps-column-cost = Ücret ve süre
status-done = tamamlandı
status-next = sıradaki
status-todo = yapılacak
status-blocked = yapılamaz
status-check = kontrol
sources-line = Kaynaklar: { $cite }
cost-line = { $label }: { $amount }
time-line = Süre: { $time }
closed-heading = Şu an size açık olmayan yollar
closed-column-route = Yol
closed-column-why = Neden açık değil
closed-column-meanwhile = Bu arada
meanwhile-line = Bu arada: { $text }
roles-heading = Ara basamak işler
roles-column-role = İş
roles-column-open = Şu an açık mı?
roles-column-why = Neden
role-open = şu an açık
role-not-open = henüz açık değil
role-check = henüz belli değil
support-heading = Yakınınızdaki destek
support-column-organisation = Kuruluş
support-column-why = Neden
support-column-website = Web sitesi
glossary-heading = Kullanılan terimler
sources-heading = Kaynaklar
source-checked = kontrol tarihi: { $verified }
source-checked-dated = sayfa tarihi: { $page }; kontrol tarihi: { $verified }
source-overdue = { $checked }, yeniden kontrol zamanı geçti
cost-item = Ücret: { $cost }

## Doğrulayamadığımız bilgiyi kim doğrulayabilir.

## Gösterilen biçimiyle yanıtlar.
answer-yes = evet
answer-no = hayır
answer-none = yok
answer-not-sure-shown = emin değilim
answer-not-known = bilinmiyor
amount-free = ücretsiz

## Sayıların ve tutarların yazılışı: basamak grubu işareti, ondalık işareti ve para biriminin
## yeri.
number-group-mark = .
number-decimal-mark = ,
money-symbol = { $symbol }{ $number }
money-code = { $number } { $code }
route-status-recommended = önerilen
route-status-possible = olası
route-status-not-open = açık değil

## Tek cümlede bir İngilizce şartı: kabul edilen her sınav ve en düşük sonuçları.
english-score = { $kind ->
        [band] { $value }
       *[grade] { $value } notu
    }
english-score-group = { $parts } için en az { $score }
english-form-overall-parts = { $test } genel { $overall } ve { $groups }
english-form-overall = { $test } genel { $overall }
english-form-parts = { $test }: { $groups }
english-form-test = { $test }
english-form = { $scores }, { $sitting ->
        [one] tek sınavda
       *[two] tek sınavda ya da 12 ay içinde girilen iki sınavda
    }{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-form-or-two = { $form }, ya da 12 ay içinde girilen iki sınavda{ $unconfirmed ->
        [yes] { " " }{ unconfirmed-marker }
       *[no] {""}
    }
english-forms-or = { $first }. Ya da { $rest }
english-none-accepted = bu tarihte hiçbir sınav kabul edilmiyor
english-requirement = { $title }: { $forms }
english-requirement-valid = { $title }: { $forms }. Sonuçlar sınav tarihinden itibaren { $months } ay geçerlidir
english-requirement-valid-unconfirmed = { $title }: { $forms }. Sonuçlar sınav tarihinden itibaren yalnızca { $months } ay geçerli olabilir { unconfirmed-marker }

## Görüşme (sorular).
interview-back = Önceki soruya dön
interview-back-to-review = Yanıt listesine dön (değişiklik yok)
interview-leave-question = Çıkmadan önce şimdiye kadarki yanıtlarınızı kaydetmek ister misiniz?
interview-go-back = Sorulara geri dön
interview-go-back-to-review = Yanıt listesine geri dön
interview-save-it = Evet, bir dosyaya kaydet
interview-do-not-save = Hayır, kaydetme
interview-not-sure = Emin değilim
interview-not-sure-alone = Emin değilim (yalnızca bunu işaretleyin)
interview-quit = Çık (önce kaydedebilirsiniz)
interview-tick-alone = { $item } (yalnızca bunu işaretleyin)
interview-ticked-together = "{ $what }" ile birlikte şunları da işaretlediniz: { $others }. Bunlardan birinin işaretini kaldırın.
interview-needs-answer = plan hazırlamak için bu sorunun yanıtı gerekiyor
interview-first-question = bu ilk soru; geri dönülecek bir önceki soru yok
interview-type-number = lütfen bir sayı yazın, örneğin { $example }
interview-yes-or-no = lütfen "yes" (evet) ya da "no" (hayır) yazın
interview-dropped = "{ $question }" sorusuna verdiğiniz yanıt ({ $answer }) artık geçerli olmadığı için silindi.
interview-progress = Soru { $position } — yaklaşık { $left } soru kaldı
interview-progress-maybe-more = Soru { $position } — belki birkaç soru daha
interview-progress-at-least = Soru { $position } — en az { $least } soru kaldı
interview-progress-nearly-done = Soru { $position } — neredeyse bitti
interview-show-plan = Planımı göster
interview-continue = Sorulara devam et (yaklaşık { $left } soru kaldı)
interview-continue-at-least = Sorulara devam et (en az { $least } soru kaldı)
interview-not-answered = henüz yanıtlanmadı
interview-review-prompt = Yanıtlarınız. Değiştirmek için birini seçin ya da devam edin
interview-review-intro = Plandan önce yanıtlarınızı kontrol edin.
interview-change = Yanıtınızı değiştirin: { $question }
interview-how-to-stop = Durmak için Çık seçeneğini seçin (ya da Esc tuşuna basın): önce yanıtlarınızı kaydedebilirsiniz.
    Ctrl-C hemen durdurur ve hiçbir şey kaydetmez.
interview-opened = { $file } açıldı.
interview-welcome = Size özel bir plan almak için birkaç soruyu yanıtlayın. Hiçbir bilgi bu bilgisayarın dışına çıkmaz. Siz kaydetmeyi seçmedikçe hiçbir şey kaydedilmez.
interview-save-session = Daha sonra yeniden açmak için bu oturumu kaydetmek ister misiniz?
interview-nothing-saved = Hiçbir şey kaydedilmedi.
interview-after-short = Kısaca planınız bu. Şimdi ne yapmak istersiniz?
interview-read-plan = Planın tamamını burada, ekran ekran okuyun
interview-go-on = Devam et: plan belgesini ya da bu oturumu kaydet
pager-more = -- Enter ya da Space: devamı. Q: dur. (%{ $percent } okundu) --
interview-help-ticks = İşaretlemek ya da işareti kaldırmak için Space, bitirince Enter, çıkmak için Esc.
interview-help-typed = Yanıtınızı yazın ve Enter tuşuna basın. Diğer seçenekler için ? yazın: "back" (geri), "not sure" (emin değilim), "quit" (çık).
interview-help-date = Tarihi 10/05/2026 gibi (gün, ay, yıl) ya da yalnızca ayı 05/2026 gibi yazın ve Enter tuşuna basın. Diğer seçenekler için ? yazın: "back" (geri), "not sure" (emin değilim), "quit" (çık).
interview-help-list = Hareket etmek için ok tuşları, seçmek için Enter, çıkmak için Esc.
interview-type-an-answer = Bir yanıt yazın
interview-what-now = Ne yapmak istersiniz?
interview-yes = Evet
interview-no = Hayır
save-handout-only = Yanıtlarınız kaydedilmedi (yalnızca plan belgesi kaydedildi).
save-saved-to = { $file } dosyasına kaydedildi.
    Kişisel bilgiler içerir: kimseyle paylaşmayın. Yeniden açmak için:
        requal advise --resume { $file }
save-handout-question = Yazdırmak ya da yanınızda götürmek için bu planın bir belgesini kaydetmek ister misiniz? (bir web sayfası)
save-handout-yes = Evet, plan belgesini bir dosyaya kaydet
save-handout-no = Plan belgesi istemiyorum
save-handout-declined = Plan belgesi kaydedilmedi.
save-handout-saved = Plan belgesi { $file } dosyasına kaydedildi.
    Okumak ya da yazdırmak için bir web tarayıcısında açın. Kişisel bilgiler içerir: kimseyle paylaşmayın.
list-and = { $rest } ve { $last }
list-separator = {", "}
stale-translation-notice = Çevirileri güncellenene kadar bazı metinler İngilizcedir.
choose-language = Dil
language-name = Türkçe (Turkish)
machine-translation-notice = Bu metin bir makine çevirisidir ve henüz Türkçeyi iyi bilen biri tarafından kontrol edilmedi. Geçerli olan İngilizce metindir: anlaşılmayan bir şey olursa bir danışmana sorun.
note-language-resolved = not: `{ $lang }` yerine elimizdeki en yakın dil olan `{ $shown }` gösteriliyor.
note-language-missing = not: bu kurallarda henüz `{ $lang }` dilinde metin yok, bu yüzden metinler İngilizce gösteriliyor (kurallardaki diller: { $carried })
save-file-name = Dosya adı (kaydetmemek için "cancel" yazın)
save-cancel-word = cancel
save-exists = { $file } adlı dosya zaten var. Üzerine yazılsın mı?
save-choose-another = Hayır, başka bir ad seçeceğim
save-replace = Evet, üzerine yaz
save-do-not-save = Kaydetme
save-could-not = { $file } dosyasına kaydedilemedi: { $error }
save-what-now = Şimdi ne yapmak istersiniz?
save-error-permission = oraya dosya yazma izniniz yok
save-error-no-folder = böyle bir klasör yok
save-error-exists = bu adla bir dosya zaten var
save-error-folder = bu bir klasör, dosya adı değil
save-error-full = disk dolu
save-try-another = Başka bir ad deneyin
save-leftover = Not: dosya kaydedildi, ancak geçici dosya ({ $file }) silinemedi ({ $error }). Bu dosya da aynı kişisel bilgileri içeriyor: lütfen silin.
resume-saved-on = { $date } tarihinde, { $rules } { $version } kurallarıyla kaydedildi.
resume-rules-changed = Kurallar o zamandan beri değişti: bu oturum artık { $rules } { $version } kurallarını kullanıyor ({ $hash }).
resume-no-record = Bu dosyada önceki planın kaydı yok, bu yüzden değişiklikler listelenemiyor.
resume-no-change = Değişikliklerin hiçbiri planınızı etkilemiyor.
resume-what-changed = Planınızda neler değişti:
resume-kind = { $kind ->
        [route] yol
        [step] adım
        [role] ara basamak iş
        [support] destek kuruluşu
        [warning] uyarı
       *[other] öğe
    }
resume-attribute = { $attribute ->
        [status] durum
        [cost] ücret
        [time] süre
        [open] açık
       *[other] { $attribute }
    }
resume-attribute-value = { $attribute } { $value }
resume-new = Yeni { $kind }: "{ $title }"
resume-new-with = Yeni { $kind }: "{ $title }" ({ $extra })
resume-changed = Değişen { $kind }: "{ $title }": { $attribute } önceden { $was }, şimdi { $now }
resume-removed = Kaldırılan { $kind }: "{ $title }" artık planınızda yok
resume-none = yok
stop-why = { $stop ->
        [ctrl-c] Ctrl-C
        [terminated] requal programının durması istendi
       *[hung-up] terminal kapatıldı
    }
stopped-nothing-saved = Durduruldu ({ $why }). Hiçbir şey kaydedilmedi: yanıtlarınız silindi.
stopped-next-time = Bir dahaki sefere, durmadan önce yanıtlarınızı kaydetmek için Çık seçeneğini seçin (ya da Esc tuşuna basın).
stopped-saved-before = Durduruldu ({ $why }). Başka bir şey kaydedilmedi. Daha önce kaydedilenler: { $files }.

## Kullanılamayan yanıtlar (görüşmede yazılan ya da bir yanıt dosyasındaki).
answer-not-an-option = `{ $value }` şu seçeneklerden biri değil: { $options } (ya da "not-sure")
answer-not-an-option-list = `{ $value }` şu seçeneklerden biri değil: { $options }
answer-not-a-grade = `{ $value }` bir OET notu değil (A, B, C+, C, D ya da E)
answer-expected = beklenen: { $kind ->
        [choice] seçeneklerden biri, tırnak içinde
        [multi-choice] bir liste, örneğin ["plab-1"]
        [bool] true ya da false
        [number] bir sayı
        [date] bir tarih, örneğin 2026-03-01
       *[oet-grade] bir OET notu, örneğin "B"
    }
answer-in-future = { $value } ileri bir tarih (bugün: { $today })
answer-in-future-help = olayın gerçekleştiği tarihi ya da "not-sure" yazın
answer-bad-value = `{ $key }` için geçersiz değer
answer-not-toml = bu dosya geçerli bir TOML dosyası değil
answer-not-a-number = sayı değil
answer-expected-quoted-list = tırnak içindeki değerlerden oluşan bir liste bekleniyordu
answer-not-a-table = bir değer bekleniyordu, tablo değil
answer-did-you-mean = `{ $id }` mi demek istediniz?
answer-key-help = `requal explain questions` tüm soru kimliklerini listeler
answer-unknown-key = `{ $key }` bu kural setinde bir soru değil
answer-unknown-key-label = bilinmeyen anahtar
answer-session-invalid = `[session]` tablosu geçerli değil: { $detail }
answer-session-label = `session` içinde
answer-not-a-choice = `{ $value }` şu seçeneklerden biri değil: { $options }
date-error-shape = yıl-ay-gün biçiminde bir tarih bekleniyordu (örneğin 15 Mart 2026 için 2026-03-15), ama yazılan: `{ $value }`
date-error-person-shape = `{ $value }` okuyabildiğimiz bir tarih değil: 10/05/2026, 2026-05-10 ya da May 2026 gibi yazın (ay adı İngilizce)
date-error-no-month = `{ $value }` gerçek bir tarih değil: { $month } numaralı bir ay yok
date-error-no-day = `{ $value }` gerçek bir tarih değil: { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } { $year } ayında { $days } gün var
date-error-not-real = `{ $value }` gerçek bir tarih değil
date-error-too-early = { $value }, { $earliest } tarihinden önce: yılı kontrol edin
answer-below-min = { $value }, izin verilen en düşük değerin ({ $min }) altında
answer-above-max = { $value }, izin verilen en yüksek değerin ({ $max }) üstünde
answer-off-step = { $value } geçerli değil: değerler { $step } aralıklarla gider (örneğin { $lower } ya da { $upper })

## Katılımcının okuduğu biçimiyle, bir yanıt dosyasındaki sorunlar.
problem-error = hata
problem-warning = uyarı
problem-help = yardım
problem-none = sorun bulunmadı
problem-summary = { $errors ->
        [one] 1 hata
       *[other] { $errors } hata
    } ve { $warnings ->
        [one] 1 uyarı
       *[other] { $warnings } uyarı
    }
answers-unreadable = dosya okunamıyor: { $why }
answers-unreadable-label = burada
answers-utf16 = bu bir UTF-16 metni; UTF-8 olarak kaydedin (çoğu düzenleyicide "Farklı Kaydet" altında bulunur)
answers-not-utf8 = bu bir UTF-8 metni değil (ilk hatalı baytın konumu: { $offset }); UTF-8 olarak kaydedin

## Komutların katılımcıya ya da danışmana gösterdiği satırlar.
note-rules-changed-same-version = not: bu yanıtlar kaydedildiğinden beri kurallar değişti (sürüm aynı: { $version }, içerik farklı)
note-rules-changed = not: bu yanıtlar { $saved_rules } { $saved_version } kurallarıyla kaydedildi; bu plan { $rules } { $version } kurallarını kullanıyor
no-terminal = hata: danışma oturumu için etkileşimli bir terminal gerekiyor
    yardım: soru sormadan plan hazırlamak için bir yanıt dosyası yazın ve `requal plan --answers FILE` komutunu çalıştırın
answers-unusable-plan = hata: `{ $file }` dosyasında bu kural setinin kullanamadığı yanıtlar var; plan hazırlanmadı
answers-unusable-resume = hata: `{ $file }` dosyasında bu kural setinin kullanamadığı yanıtlar var; bunları düzeltip yeniden deneyin
ruleset-has-errors = hata: kural setinde hatalar var, bu yüzden plan hazırlanamıyor; ayrıntılar için `requal lint` komutunu çalıştırın

## `requal explain`: bir sorunun, yolun, adımın, İngilizce şartının ya da terimin anlamı.
explain-question = soru `{ $id }`
explain-asked-when = Ne zaman sorulur: { $condition }
explain-number-range = { $min } ile { $max } arasında, { $step } aralıklarla bir sayı
explain-route = yol `{ $id }`: { $title }
explain-for = Kimler için: { $professions }
explain-requires = Gerekenler: { $condition }  ({ $why })
explain-steps-in-order = Adımlar, sırasıyla:
explain-english = İngilizce şartı `{ $id }`: { $title }
explain-from-until = { $from } tarihinden { $until } tarihine kadar
explain-from = { $from } tarihinden itibaren
explain-until = { $until } tarihine kadar
explain-not-confirmed = doğrulanmadı
explain-valid-months = Sonuçlar { $months } ay geçerlidir.
explain-step = adım `{ $id }`: { $title }
explain-role = iş `{ $id }`: { $title }
explain-warning = uyarı `{ $id }`
explain-organisation = kuruluş `{ $id }`: { $name }
explain-done-when = Ne zaman tamamlanır: { $condition }
explain-after = Şu adımlardan sonra: { $steps }
explain-step-of-routes = `{ $id }` şu yolların bir adımıdır (birini açıklamak için `requal explain ROUTE.STEP` kullanın):
explain-did-you-mean = yardım: `{ $id }` mi demek istediniz?
explain-unknown = hata: `{ $id }` bir lint kodu, soru, yol, adım (route.step), İngilizce şartı, iş, kuruluş ya da terim değil
explain-lists = yardım: `requal explain lints`, `explain questions`, `explain routes` ve `explain terms` bunları listeler

## `requal progress`: oturumlar arasında adımları tamamlandı olarak işaretlemek.
progress-ask = Kaydettiğinizden beri bu adımlardan birini yaptınız mı? Tamamlandı olarak işaretlemek için birini seçin.
progress-none-done = Başka yok: yanıtlarıma geç
progress-marked-now = "{ $title }" bugün tamamlandı olarak işaretlendi. Oturumu kaydettiğinizde bu da kaydedilir.
progress-unknown-step = hata: `{ $step }` bu kuralların bir adımı değil (ROUTE.STEP biçiminde yazın)
progress-list-steps = yardım: `requal explain routes` her adımı ROUTE.STEP biçiminde listeler
progress-note-too-long = not çok uzun: en fazla { $max } karakter olabilir
progress-marked = "{ $title }" ({ $step }) { $date } tarihinde tamamlandı olarak işaretlendi. Kaydedildi.
progress-unmarked = "{ $title }" ({ $step }) artık tamamlandı olarak işaretli değil. Kaydedildi.
progress-not-marked = "{ $title }" ({ $step }) tamamlandı olarak işaretli değildi: hiçbir şey değişmedi.

## `requal plan --compare-rules OLD`: bir kişinin planı daha yeni kurallarla nasıl değişir.
compare-heading = Planınız { $old } kurallarından { $new } kurallarına geçince şöyle değişiyor:
compare-same = Planınız iki kural setinde de aynı.
compare-route-new = Planınızda yeni: { $route } ({ $status }).
compare-route-gone = Artık planınızda yok: { $route }.
compare-route-status = { $route }: önceden { $before }, şimdi { $after }.
compare-step-new = { $route }: yeni bir adım, "{ $step }".
compare-step-gone = { $route }: "{ $step }" adımı artık yok.
compare-step-status = "{ $step }": önceden { $before }, şimdi { $after }.
compare-fee = "{ $step }": ücret önceden { $before }, şimdi { $after }.
compare-fee-new = "{ $step }": yeni bir ücret, { $after }.
compare-fee-gone = "{ $step }": { $before } tutarındaki ücret artık yok.
compare-warning-new = Dikkat edilecek yeni konu: { $text }
compare-warning-gone = Artık dikkat etmeniz gerekmiyor: { $text }
