<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AgreementCommand</name>
    <message>
        <source>measure how far coders agree: Krippendorff&apos;s alpha, Cohen&apos;s kappa, percent agreement</source>
        <translation>виміряти згоду кодувальників: альфа Кріппендорфа, каппа Коена, відсоток збігів</translation>
    </message>
    <message>
        <source>--document needs a document id, not &apos;%1&apos;</source>
        <translation>для --document потрібен ідентифікатор документа, а не «%1»</translation>
    </message>
    <message>
        <source>No reviewer of %1 has coded independently yet (see sourcelight team --mode).
</source>
        <translation>Жоден рецензент проєкту %1 ще не кодував незалежно (див. sourcelight team --mode).
</translation>
    </message>
    <message>
        <source>give either --ratings FILE.csv or --project P</source>
        <translation>укажіть або --ratings FILE.csv, або --project P</translation>
    </message>
    <message>
        <source>--document goes with --project</source>
        <translation>--document використовується лише разом із --project</translation>
    </message>
    <message>
        <source>Usage: sourcelight agreement --ratings FILE.csv [--format text|json]
       sourcelight agreement --project P [--document ID] [--format text|json]

Measures how far coders agree on nominal codes (a verdict, a source, a tag): Krippendorff&apos;s alpha
over all coders, missing values allowed, and for every pair of coders the percent agreement and
Cohen&apos;s kappa on the units both coded. The ratings table has a row per unit: the unit&apos;s name, then
one value per coder. Its first row names the coders (after a heading for the unit column); an empty
cell is a missing value. Comma- or tab-separated, UTF-8; &apos;-&apos; reads standard input.

With --project, the data are the reviewers&apos; independent codings of a team project (review mode
independent), one table per field: source, anonymity, quoteType, verdict, claimType and tag:NAME;
the units are sentences. The JSON is {&quot;project&quot;, &quot;document&quot;, &quot;fields&quot;: [the object above plus
&quot;field&quot;]}.

  --ratings FILE   the ratings table
  --project P      a project (file or postgresql:// address) instead of a table
  --document ID    with --project: only this document
  --format FORMAT  text (default: a summary for people) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight agreement --ratings FILE.csv [--format text|json]
              sourcelight agreement --project P [--document ID] [--format text|json]

Вимірює згоду кодувальників щодо номінальних кодів (вердикт, джерело, тег): альфа Кріппендорфа
за всіма кодувальниками, пропуски допускаються, а для кожної пари кодувальників — відсоток збігів
і каппа Коена за одиницями, які закодували обидва. Таблиця оцінок має по рядку на одиницю: назва
одиниці, потім по значенню від кожного кодувальника. Перший рядок називає кодувальників (після
заголовка стовпця одиниць); порожня клітинка — пропущене значення. Розділювач — кома або
табуляція, UTF-8; &apos;-&apos; — стандартний вхід.

З --project дані — незалежні результати кодування рецензентів командного проєкту (режим перевірки
independent), по таблиці на поле: source, anonymity, quoteType, verdict, claimType і tag:NAME;
одиниці — речення. JSON має вигляд {&quot;project&quot;, &quot;document&quot;, &quot;fields&quot;: [об’єкт вище
плюс &quot;field&quot;]}.

  --ratings FILE   таблиця оцінок
  --project P      проєкт (файл або адреса postgresql://) замість таблиці
  --document ID    з --project: лише цей документ
  --format FORMAT  text (типово: зведення для читання) або json (один об’єкт JSON)
  -h, --help       показати цю довідку
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>рядок %1: текст після закривальних лапок</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>рядок %1: комірку в лапках не закрито</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>не визначено</translation>
    </message>
    <message>
        <source>the ratings table is empty</source>
        <translation>таблиця оцінок порожня</translation>
    </message>
    <message>
        <source>line %1: the first row must name the unit column and at least one coder</source>
        <translation>рядок %1: перший рядок має називати стовпець одиниць і хоча б одного кодувальника</translation>
    </message>
    <message>
        <source>line %1: coder %2 has no name</source>
        <translation>рядок %1: кодувальник %2 не має імені</translation>
    </message>
    <message>
        <source>line %1: coder &apos;%2&apos; is named twice</source>
        <translation>рядок %1: кодувальника «%2» названо двічі</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %2 values, but the first row names %n coder(s)</source>
        <translation>
            <numerusform>рядок %1: значень %2, але перший рядок називає %n кодувальника</numerusform>
            <numerusform>рядок %1: значень %2, але перший рядок називає %n кодувальників</numerusform>
            <numerusform>рядок %1: значень %2, але перший рядок називає %n кодувальників</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 (%2 coded by two coders or more)</source>
        <translation>Одиниць: %1 (%2 закодовано двома кодувальниками або більше)</translation>
    </message>
    <message>
        <source>Coders: %1; values: %2 (%3 pairable, %4 distinct)</source>
        <translation>Кодувальників: %1; значень: %2 (%3 у парах, %4 різних)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>Альфа Кріппендорфа (номінальна): %1</translation>
    </message>
    <message>
        <source>no unit was coded twice</source>
        <translation>жодну одиницю не закодовано двічі</translation>
    </message>
    <message>
        <source>every value is the same, so nothing varies</source>
        <translation>усі значення однакові, нічого не змінюється</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодувальники</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Одиниць</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Каппа Коена</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>print the sentences and suggested attributions of an article (JSON or TSV)</source>
        <translation>вивести речення статті та запропоновані атрибуції (JSON або TSV)</translation>
    </message>
    <message>
        <source>Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on
what evidence. &apos;-&apos; reads standard input. Offsets count Unicode code points.

  --lang LANG      language of the article (default: auto, detected from the text)
  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Розбиває статтю в кодуванні UTF-8 на речення й для кожного пропонує, хто є його джерелом, через кого
і на якій підставі. &apos;-&apos; читає стандартний вхід. Зсуви рахуються в кодових точках Unicode.

  --lang LANG      мова статті (типово: auto, визначається за текстом)
  --format FORMAT  json (типово: один об’єкт JSON) або tsv (один рядок на речення)
  -h, --help       показати цю довідку
</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>можна вказати лише один FILE</translation>
    </message>
    <message>
        <source>missing FILE (use &apos;-&apos; for standard input)</source>
        <translation>не вказано FILE (для стандартного входу використовуйте &apos;-&apos;)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Source-attributed claim review</source>
        <translation>Перевірка тверджень з атрибуцією джерел</translation>
    </message>
    <message>
        <source>Open this project file.</source>
        <translation>Відкрити цей файл проєкту.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Projects or articles to open.</source>
        <translation>Проєкти або статті, які слід відкрити.</translation>
    </message>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>The default library could not be created: %1</source>
        <translation>Не вдалося створити типову бібліотеку: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The file is already open.</source>
        <translation>Файл уже відкрито.</translation>
    </message>
    <message>
        <source>An export file can only be written from the start.</source>
        <translation>Файл експорту можна записати лише з початку.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» — це тека.</translation>
    </message>
    <message>
        <source>The file was not open.</source>
        <translation>Файл не було відкрито.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» — не звичайний файл.</translation>
    </message>
</context>
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n стаття</numerusform>
            <numerusform>%1: %n статті</numerusform>
            <numerusform>%1: %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>sources</source>
        <translation>джерела</translation>
    </message>
    <message>
        <source>attributed sentences</source>
        <translation>речення з атрибуцією</translation>
    </message>
    <message>
        <source>cue class %1</source>
        <translation>клас маркерів %1</translation>
    </message>
    <message>
        <source>source kind %1</source>
        <translation>вид джерела %1</translation>
    </message>
    <message>
        <source>missed sources:</source>
        <translation>пропущені джерела:</translation>
    </message>
    <message>
        <source>sources named where the gold has none:</source>
        <translation>джерела, названі там, де в еталоні їх немає:</translation>
    </message>
</context>
<context>
    <name>AttributionTable</name>
    <message>
        <source>The attribution names a source that does not exist (%1).</source>
        <comment>source: who a claim comes from</comment>
        <translation>В атрибуції вказано джерело, якого не існує (%1).</translation>
    </message>
    <message>
        <source>%1 suggestions for %2 sentences.</source>
        <translation>Пропозицій: %1, речень: %2.</translation>
    </message>
    <message>
        <source>An analyst&apos;s attribution is either confirmed or edited, not suggested.</source>
        <translation>Атрибуція аналітика може бути лише підтвердженою або зміненою, але не запропонованою.</translation>
    </message>
    <message>
        <source>There is no attribution %1.</source>
        <translation>Атрибуції %1 не існує.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Хтось інший тим часом це змінив.</translation>
    </message>
</context>
<context>
    <name>ClaimTable</name>
    <message>
        <source>A claim&apos;s span must lie inside its sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Фрагмент твердження має лежати в межах його речення.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження %1 не існує.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Тегу %1 не існує.</translation>
    </message>
    <message>
        <source>Evidence needs a link.</source>
        <translation>Для доказу потрібне посилання.</translation>
    </message>
    <message>
        <source>There is no evidence link %1.</source>
        <translation>Посилання на доказ %1 не існує.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«%1» не є вебадресою (http або https).</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Тег повинен мати назву.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Тег з назвою «%1» вже існує.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Тегу %1 не існує.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: sourcelight [--project FILE] [FILE…]
       sourcelight COMMAND [OPTIONS…]
       sourcelight --version | --help

Without a command, opens the review window (on the default library unless a project is given).
</source>
        <translation>Використання: sourcelight [--project FILE] [FILE…]
              sourcelight COMMAND [OPTIONS…]
              sourcelight --version | --help

Без команди відкриває вікно перевірки (з типовою бібліотекою, якщо не вказано проєкт).
</translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Команди (дисплей не потрібен):</translation>
    </message>
    <message>
        <source>Run &apos;sourcelight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Параметри команди можна переглянути за допомогою &apos;sourcelight COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (зібрано з %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>sourcelight: unknown option &apos;%1&apos;</source>
        <translation>sourcelight: невідомий параметр «%1»</translation>
    </message>
    <message>
        <source>sourcelight: &apos;%1&apos; is neither a command nor a file</source>
        <translation>sourcelight: «%1» не є ні командою, ні файлом</translation>
    </message>
</context>
<context>
    <name>DefaultLibrary</name>
    <message>
        <source>The sample article “%1” could not be added: %2</source>
        <translation>Не вдалося додати зразкову статтю «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation>Спірне</translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation>Маніпулятивне</translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation>Неправдиве</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>Fact</source>
        <comment>claim type</comment>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>claim type</comment>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>claim type</comment>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>claim type</comment>
        <translation>Думка</translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation>Офіційний орган</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation>Анонімне джерело</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>source kind</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>source kind</comment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Outlets</source>
        <comment>source kind</comment>
        <translation>Видання</translation>
    </message>
    <message>
        <source>People</source>
        <comment>source kind</comment>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Official bodies</source>
        <comment>source kind</comment>
        <translation>Офіційні органи</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <comment>source kind</comment>
        <translation>Анонімні джерела</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>source kind</comment>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Authors</source>
        <comment>source kind</comment>
        <translation>Автори</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>attribution origin</comment>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attribution origin</comment>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>attribution origin</comment>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>No quotation</source>
        <comment>quote type</comment>
        <translation>Без цитати</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <comment>quote type</comment>
        <translation>Пряма цитата</translation>
    </message>
    <message>
        <source>Indirect (reported speech)</source>
        <comment>quote type</comment>
        <translation>Непряма (непряма мова)</translation>
    </message>
    <message>
        <source>Mixed quote</source>
        <comment>quote type</comment>
        <translation>Змішана цитата</translation>
    </message>
    <message>
        <source>Explicit</source>
        <comment>attribution scope</comment>
        <translation>Явна</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <comment>attribution scope</comment>
        <translation>Атрибуція в наступному реченні</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <comment>attribution scope</comment>
        <translation>Перенесено з попереднього речення</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <comment>attribution scope</comment>
        <translation>Власний голос автора</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <comment>number of speakers</comment>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>One</source>
        <comment>number of speakers</comment>
        <translation>Один</translation>
    </message>
    <message>
        <source>Another</source>
        <comment>number of speakers</comment>
        <translation>Ще один</translation>
    </message>
    <message>
        <source>Several</source>
        <comment>number of speakers</comment>
        <translation>Кілька</translation>
    </message>
    <message>
        <source>article&apos;s own voice</source>
        <comment>attribution</comment>
        <translation>власний голос статті</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>source mention</comment>
        <translation>анонімно</translation>
    </message>
    <message>
        <source>off the record</source>
        <comment>source mention</comment>
        <translation>не для протоколу</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>attribution: the conduit a source is quoted through</comment>
        <translation>через %1</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не існує.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Це тека, а не файл.</translation>
    </message>
    <message>
        <source>Files of type “.%1” cannot be imported; use .txt, .md or .html.</source>
        <translation>Файли типу «.%1» не можна імпортувати; використовуйте .txt, .md або .html.</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>Файл завеликий для статті (%1 МБ).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдалося прочитати файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file contains no text to review.</source>
        <translation>У файлі немає тексту для перевірки.</translation>
    </message>
    <message>
        <source>This is not a regular file but a device, pipe or socket; only files can be read.</source>
        <translation>Це не звичайний файл, а пристрій, канал або сокет; читати можна лише файли.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB, more than can be imported.</source>
        <translation>Вхідні дані більші за %1 МБ — більше, ніж можна імпортувати.</translation>
    </message>
</context>
<context>
    <name>DocumentReanchorer</name>
    <message>
        <source>Attribution of “%1”</source>
        <translation>Атрибуція «%1»</translation>
    </message>
    <message>
        <source>Claim on “%1”</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження щодо «%1»</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshot</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 не існує.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: something added since it was removed has taken its place (%2 %3).</source>
        <translation>«%1» не можна повернути: його місце зайняло те, що було додано після вилучення (%2 %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the same text has been imported again since it was removed.</source>
        <translation>«%1» не можна повернути: після вилучення той самий текст було імпортовано знову.</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>A sentence lies outside the document&apos;s text (%1–%2 of %3).</source>
        <translation>Речення виходить за межі тексту документа (%1–%2 з %3).</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 не існує.</translation>
    </message>
    <message>
        <source>There is no sentence %1.</source>
        <translation>Речення %1 не існує.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>не вдалося відкрити «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>score the suggested attributions against labelled articles (JSON or text)</source>
        <translation>оцінити запропоновані атрибуції за розміченими статтями (JSON або текст)</translation>
    </message>
    <message>
        <source>Usage: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]

Runs the attribution suggester on every labelled article of a gold file (JSONL, see
docs/gold-format.md) and prints source precision, recall and F1 by split, cue class and source
kind, with the missed sources. A directory means every *.jsonl file in it.

  --gold PATH      gold JSONL file, or a directory of them (required)
  --split SPLIT    only the articles of this split: all (default), dev or test
  --format FORMAT  json (default: one JSON object) or text (a summary for people)
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]

Пропонує атрибуції для кожної розміченої статті еталонного файлу (JSONL, див.
docs/gold-format.md) і виводить точність, повноту та F1 для джерел за вибірками, класами маркерів
і видами джерел, а також пропущені джерела. Якщо вказано теку, читаються всі файли *.jsonl у ній.

  --gold PATH      еталонний файл JSONL або тека з такими файлами (обов’язково)
  --split SPLIT    лише статті цієї вибірки: all (типово), dev або test
  --format FORMAT  json (типово: один об’єкт JSON) або text (зведення для читання людиною)
  -h, --help       показати цю довідку
</translation>
    </message>
    <message>
        <source>no *.jsonl file in &apos;%1&apos;</source>
        <translation>у «%1» немає файлів *.jsonl</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</source>
        <translation>записати звіт або експорт (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation>для --project потрібна назва файлу</translation>
    </message>
    <message>
        <source>--format needs a format</source>
        <translation>для --format потрібен формат</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>для %1 потрібна назва файлу</translation>
    </message>
    <message>
        <source>--document needs a document id</source>
        <translation>для --document потрібен ідентифікатор документа</translation>
    </message>
    <message>
        <source>--filter needs a filter</source>
        <translation>для --filter потрібен фільтр</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter</source>
        <translation>для --page-size потрібне значення a4 або letter</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>для --title потрібен текст</translation>
    </message>
    <message>
        <source>--organisation needs a name</source>
        <translation>для --organisation потрібна назва</translation>
    </message>
    <message>
        <source>--organisation-url needs an address</source>
        <translation>для --organisation-url потрібна адреса</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>параметр --format є обов’язковим</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>невідомий формат «%1»</translation>
    </message>
    <message>
        <source>-o is required (&apos;-&apos; for standard output)</source>
        <translation>параметр -o є обов’язковим (&apos;-&apos; для стандартного виводу)</translation>
    </message>
    <message>
        <source>a %1 export is binary; give a file name to -o</source>
        <translation>експорт у форматі %1 є двійковим; вкажіть назву файлу для -o</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (a4 or letter)</source>
        <translation>невідомий розмір сторінки «%1» (a4 або letter)</translation>
    </message>
    <message>
        <source>the %1 format needs the font system; run it through the sourcelight executable</source>
        <translation>для формату %1 потрібна система шрифтів; запустіть експорт через виконуваний файл sourcelight</translation>
    </message>
    <message>
        <source>export: %1%</source>
        <translation>експорт: %1%</translation>
    </message>
    <message>
        <source>Usage: sourcelight export --project FILE.sourcelight --format FORMAT [OPTIONS…] -o OUT

Writes the project, or the documents given, as FORMAT:
  html         annotated report, one self-contained file
  pdf          the same report, paged (A4 or Letter)
  md           the same report in Markdown
  csv          one row per claim (RFC 4180, UTF-8)
  json         lossless, versioned export that re-imports into an empty project
  w3c          W3C Web Annotation collection (JSON-LD)
  claimreview  schema.org ClaimReview (JSON-LD) for each claim with a verdict
  qdpx         REFI-QDA project for QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project FILE         the project to export
  --format FORMAT        one of the formats above
  -o, --output OUT       the file to write; &apos;-&apos; writes text formats to standard output
  --document ID          only this document (repeat for several); default: the whole project
  --all-versions         include superseded versions of re-imported articles (json always does)
  --filter F             only some claims (repeatable): verified, anonymous, source=ID or NAME,
                         verdict=NAME, type=NAME
  --page-size a4|letter  PDF page size (default a4)
  --bom                  start a CSV with a UTF-8 byte order mark
  --raw                  write CSV cells that begin with =, +, - or @ as they are (by default they
                         get a leading apostrophe, so spreadsheets do not run them as formulas)
  --title TEXT           the report&apos;s title
  --organisation NAME    the reviewing organisation (ClaimReview author; default from settings)
  --organisation-url URL its web address
  --indent               indent JSON output (the default is compact, and much faster)
  --progress             print progress to standard error
  -h, --help             show this help
</source>
        <translation>Використання: sourcelight export --project FILE.sourcelight --format FORMAT [OPTIONS…] -o OUT

Записує проєкт або вказані документи у форматі FORMAT:
  html         анотований звіт, один самодостатній файл
  pdf          той самий звіт, розбитий на сторінки (A4 або Letter)
  md           той самий звіт у форматі Markdown
  csv          один рядок на твердження (RFC 4180, UTF-8)
  json         версійований експорт без втрат, який можна знову імпортувати в порожній проєкт
  w3c          колекція W3C Web Annotation (JSON-LD)
  claimreview  schema.org ClaimReview (JSON-LD) для кожного твердження з вердиктом
  qdpx         проєкт REFI-QDA для QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project FILE         проєкт для експорту
  --format FORMAT        один із наведених вище форматів
  -o, --output OUT       файл для запису; &apos;-&apos; виводить текстові формати у стандартний вивід
  --document ID          лише цей документ (повторіть для кількох); типово: увесь проєкт
  --all-versions         включити застарілі версії повторно імпортованих статей (json включає їх завжди)
  --filter F             лише деякі твердження (можна повторювати): verified, anonymous, source=ID або NAME,
                         verdict=NAME, type=NAME
  --page-size a4|letter  розмір сторінки PDF (типово a4)
  --bom                  почати файл CSV з позначки порядку байтів UTF-8
  --raw                  записувати клітинки CSV, що починаються з =, +, - або @, як є (типово вони
                         отримують апостроф, щоб електронні таблиці не виконували їх як формули)
  --title TEXT           заголовок звіту
  --organisation NAME    організація-рецензент (автор ClaimReview; типово береться з налаштувань)
  --organisation-url URL її вебадреса
  --indent               форматувати JSON з відступами (типово компактний, що значно швидше)
  --progress             виводити поступ у стандартний потік помилок
  -h, --help             показати цю довідку
</translation>
    </message>
</context>
<context>
    <name>GoldCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, рядок %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object (one article per line)</source>
        <translation>не об’єкт JSON (одна стаття на рядок)</translation>
    </message>
    <message>
        <source>an article needs an id and relations</source>
        <translation>стаття повинна мати ідентифікатор (id) і відношення (relations)</translation>
    </message>
    <message>
        <source>relation %1 of %2 has a span outside the text or whose text does not match</source>
        <translation>відношення %1 статті %2 має фрагмент, що виходить за межі тексту або текст якого не збігається</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--project needs a file name</source>
        <translation>для --project потрібна назва файлу</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>немає файлів для імпорту</translation>
    </message>
    <message>
        <source>import articles (.txt, .md, .html) or restore a JSON backup into a project, one JSON line per file</source>
        <translation>імпортувати статті (.txt, .md, .html) або відновити резервну копію JSON у проєкт, один рядок JSON на файл</translation>
    </message>
    <message>
        <source>a backup (.json) is restored on its own: give it as the only file</source>
        <translation>резервну копію (.json) відновлюють окремо: вкажіть її єдиним файлом</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>для --timeout потрібна кількість секунд</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>значення --timeout має бути кількістю секунд від 1 до 3600</translation>
    </message>
    <message>
        <source>Usage: sourcelight import --project FILE.sourcelight FILE|URL…
       sourcelight import --project NEW.sourcelight BACKUP.json

Imports each article into the project (created when it does not exist): its text, metadata,
sentences and suggested attributions. Prints one JSON line per file with its status: imported,
duplicate (the same text is already there), updated (a new version of an article already there;
the analyst&apos;s annotations are carried over) or error. Exits with 1 if any file failed.

An http:// or https:// address is fetched (that page only, nothing it refers to; at most 5
redirects and 20 MB) and imported with the address as its URL; importing the same address again
gives a new version when the page changed.

A .json file is a backup (a complete &apos;sourcelight export --format json&apos;): it is restored whole,
with every id, claim and history line, into a new project or one without documents, and must be
the only file given. A project that holds documents is refused and left unchanged. One JSON line
with status restored or error.

  --project FILE     the project to import into
  --timeout SECONDS  how long to wait for a web page (default 30)
  -h, --help         show this help
</source>
        <translation>Використання: sourcelight import --project FILE.sourcelight FILE|URL…
              sourcelight import --project NEW.sourcelight BACKUP.json

Імпортує кожну статтю в проєкт (його буде створено, якщо він не існує): її текст, метадані,
речення й запропоновані атрибуції. Виводить по рядку JSON на файл із його статусом: imported,
duplicate (такий самий текст уже є), updated (нова версія наявної статті; анотації аналітика
переносяться) або error. Завершується з кодом 1, якщо хоча б один файл не вдалося імпортувати.

Адресу http:// або https:// буде завантажено (лише саму сторінку, без того, на що вона посилається;
не більше 5 переспрямувань і 20 МБ) та імпортовано з цією адресою як URL; повторний імпорт тієї самої
адреси дає нову версію, якщо сторінка змінилася.

Файл .json — це резервна копія (повний &apos;sourcelight export --format json&apos;): її відновлюють
повністю, з усіма ідентифікаторами, твердженнями й рядками історії, у новий проєкт або в проєкт без
документів, і вона має бути єдиним указаним файлом. Проєкт, що містить документи, буде відхилено й
залишено без змін. Один рядок JSON зі статусом restored або error.

  --project FILE     проєкт, у який виконується імпорт
  --timeout SECONDS  скільки чекати на вебсторінку (типово 30)
  -h, --help         показати цю довідку
</translation>
    </message>
    <message>
        <source>The server does not let you import into “%1”: only its admins may, and you are a %2 there.</source>
        <translation>Сервер не дозволяє вам імпортувати до «%1»: це можуть лише його адміністратори, а ви там — %2.</translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>This is not a Sourcelight JSON export: %1 (at byte %2).</source>
        <translation>Це не експорт Sourcelight JSON: %1 (у байті %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Sourcelight project export.</source>
        <translation>Цей файл JSON не є експортом проєкту Sourcelight.</translation>
    </message>
    <message>
        <source>This export is in format version %1; this version of Sourcelight reads up to version %2.</source>
        <translation>Цей експорт має формат версії %1; ця версія Sourcelight може читати формат до версії %2 включно.</translation>
    </message>
    <message>
        <source>Source %1 has an unknown kind “%2”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело %1 має невідомий вид «%2».</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown origin, quote type or scope.</source>
        <translation>Атрибуція %1 має невідоме походження, тип цитати або область дії.</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown source count “%2”.</source>
        <translation>Атрибуція %1 має невідому кількість джерел «%2».</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown type or verdict.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження %1 має невідомий тип або вердикт.</translation>
    </message>
    <message>
        <source>This export holds only part of a project (chosen documents or filtered claims); only a complete export, written without --document or filters, can be restored.</source>
        <translation>Цей експорт містить лише частину проєкту (вибрані документи або відфільтровані твердження); відновити можна лише повний експорт, записаний без --document і фільтрів.</translation>
    </message>
    <message numerus="yes">
        <source>The project already holds %n document(s). A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</source>
        <translation>
            <numerusform>Проєкт уже містить %n документ. Резервну копію відновлюють лише в проєкт без документів: відновіть її в новий файл проєкту. Нічого не змінено.</numerusform>
            <numerusform>Проєкт уже містить %n документи. Резервну копію відновлюють лише в проєкт без документів: відновіть її в новий файл проєкту. Нічого не змінено.</numerusform>
            <numerusform>Проєкт уже містить %n документів. Резервну копію відновлюють лише в проєкт без документів: відновіть її в новий файл проєкту. Нічого не змінено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Відновлення скасовано; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the reviewers&apos; own codings of %n document(s), and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</source>
        <translation>
            <numerusform>Резервна копія містить власні кодування перевіряльників для %n документа та позначки про завершення; файл проєкту не може зберігати незалежну перевірку, тому їх пропущено. Відновіть копію в командний проєкт на сервері, щоб зберегти їх.</numerusform>
            <numerusform>Резервна копія містить власні кодування перевіряльників для %n документів та позначки про завершення; файл проєкту не може зберігати незалежну перевірку, тому їх пропущено. Відновіть копію в командний проєкт на сервері, щоб зберегти їх.</numerusform>
            <numerusform>Резервна копія містить власні кодування перевіряльників для %n документів та позначки про завершення; файл проєкту не може зберігати незалежну перевірку, тому їх пропущено. Відновіть копію в командний проєкт на сервері, щоб зберегти їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer %1 has an unknown part “%2”.</source>
        <translation>Перевіряльник %1 має невідому роль «%2».</translation>
    </message>
    <message>
        <source>The backup has an unknown review mode “%1”.</source>
        <translation>У резервній копії невідомий режим перевірки «%1».</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>“%1”, of edits from an earlier session, is in the way.</source>
        <translation>«%1» з правками з минулого сеансу заважає запису.</translation>
    </message>
    <message>
        <source>The file “%1” of edits sent already could not be removed.</source>
        <translation>Не вдалося видалити файл «%1» з уже надісланими правками.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session could not be read from “%1”: %2</source>
        <translation>Не вдалося прочитати правки минулого сеансу, збережені на цьому комп’ютері, з «%1»: %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл пошкоджено</translation>
    </message>
    <message>
        <source>they were made on a project that was at this address before, not on this one</source>
        <translation>їх зроблено в проєкті, який раніше був за цією адресою, а не в цьому</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file is kept as “%2”.</source>
        <translation>Правки минулого сеансу, збережені на цьому комп’ютері, не надіслано: %1. Файл збережено як «%2».</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file “%2” could not be renamed; it is left as it is.</source>
        <translation>Правки минулого сеансу, збережені на цьому комп’ютері, не надіслано: %1. Файл «%2» не вдалося перейменувати; його залишено як є.</translation>
    </message>
    <message>
        <source>another Sourcelight window of this login has the project open and keeps its own edits there.</source>
        <translation>інше вікно Sourcelight із цим логіном відкрило проєкт і зберігає там свої правки.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>There is no text to import.</source>
        <translation>Немає тексту для імпорту.</translation>
    </message>
    <message>
        <source>The same text is already in the project (document %1).</source>
        <translation>Такий самий текст уже є в проєкті (документ %1).</translation>
    </message>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation>
            <numerusform>Нова версія документа %1; перенесено %n анотацію</numerusform>
            <numerusform>Нова версія документа %1; перенесено %n анотації</numerusform>
            <numerusform>Нова версія документа %1; перенесено %n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation>
            <numerusform>%n анотацію не вдалося розмістити, вона залишається в старій версії: %1</numerusform>
            <numerusform>%n анотації не вдалося розмістити, вони залишаються в старій версії: %1</numerusform>
            <numerusform>%n анотацій не вдалося розмістити, вони залишаються в старій версії: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStats</name>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Речення</translation>
    </message>
    <message>
        <source>Attributed sentences</source>
        <translation>Речення з атрибуцією</translation>
    </message>
    <message>
        <source>Reviewed sentences</source>
        <translation>Перевірені речення</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <translation>Твердження, що спираються на анонімні джерела</translation>
    </message>
    <message>
        <source>Per verdict</source>
        <comment>verdict: the finding about a claim</comment>
        <translation>За вердиктами</translation>
    </message>
    <message>
        <source>Per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>За джерелами</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>upload a project file to a PostgreSQL server for team review</source>
        <translation>завантажити файл проєкту на сервер PostgreSQL для командної перевірки</translation>
    </message>
    <message>
        <source>Usage: sourcelight publish --project FILE.sourcelight --to postgresql://USER@HOST/DATABASE

Copies a project file, whole (every document and version, sources, claims, tags, history), into an
empty database on a PostgreSQL server, where the team then opens it by its address. The database
must exist and hold no project with documents; the file is only read. Prints one JSON line.

  --project FILE   the project file to publish
  --to ADDRESS     the server project (the password from ~/.pgpass or PGPASSWORD)
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight publish --project ФАЙЛ.sourcelight --to postgresql://КОРИСТУВАЧ@ВУЗОЛ/БАЗА

Копіює файл проєкту повністю (усі документи й версії, джерела, твердження, теги, історію) до порожньої
бази даних на сервері PostgreSQL, де команда потім відкриває його за адресою. База даних має існувати
й не містити проєкту з документами; файл лише читається. Виводить один рядок JSON.

  --project ФАЙЛ   файл проєкту, який публікується
  --to АДРЕСА      проєкт на сервері (пароль з ~/.pgpass або PGPASSWORD)
  -h, --help       показати цю довідку
</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>The document could not be put back: %1</source>
        <translation>Не вдалося повернути документ: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no document %1 in the project.</source>
        <translation>У проєкті немає документа %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
</context>
<context>
    <name>ReportFilterParser</name>
    <message>
        <source>there is no source &apos;%1&apos; in the project</source>
        <comment>source: who a claim comes from</comment>
        <translation>у проєкті немає джерела «%1»</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>невідомий фільтр «%1»</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation>Звіт HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Звіт PDF</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Звіт Markdown</translation>
    </message>
    <message>
        <source>CSV table of claims</source>
        <translation>Таблиця тверджень CSV</translation>
    </message>
    <message>
        <source>Sourcelight JSON (lossless, re-importable)</source>
        <translation>Sourcelight JSON (без втрат, придатний для повторного імпорту)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Анотації W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проєкт REFI-QDA (.qdpx)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>suggested</source>
        <comment>attribution origin</comment>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>attribution origin</comment>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>attribution origin</comment>
        <translation>змінено</translation>
    </message>
    <message>
        <source>source %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>джерело %1</translation>
    </message>
    <message>
        <source>Author (the article&apos;s own voice)</source>
        <translation>Автор (власний голос статті)</translation>
    </message>
    <message>
        <source>Source review: %1</source>
        <translation>Перевірка джерел: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проєкт</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation>
            <numerusform>увесь проєкт (%n документ)</numerusform>
            <numerusform>увесь проєкт (%n документи)</numerusform>
            <numerusform>увесь проєкт (%n документів)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n вибраний документ</numerusform>
            <numerusform>%n вибрані документи</numerusform>
            <numerusform>%n вибраних документів</numerusform>
        </translation>
    </message>
    <message>
        <source>only verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>лише перевірені твердження</translation>
    </message>
    <message>
        <source>only claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>лише твердження, що спираються на анонімні джерела</translation>
    </message>
    <message>
        <source>source: %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>джерело: %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>вердикт: %1</translation>
    </message>
    <message>
        <source>claim type: %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>тип твердження: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Речення за джерелами</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження за вердиктами</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Атрибуції</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Речення</translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Речення, що спираються на джерело</translation>
    </message>
    <message>
        <source>Attributions confirmed by an analyst</source>
        <translation>Атрибуції, підтверджені аналітиком</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження, що спираються на анонімні джерела</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Через</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Приналежність</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation>Документ без назви %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Узгодженість між рецензентами</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Кріппендорфа</translation>
    </message>
    <message>
        <source>Sentences coded twice or more</source>
        <translation>Речення, закодовані двічі й більше</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Рецензенти</translation>
    </message>
    <message>
        <source>Per pair: agreement, Cohen&apos;s κ</source>
        <translation>За парами: узгодженість, κ Коена</translation>
    </message>
    <message>
        <source>%1–%2: %3 %, κ %4</source>
        <translation>%1–%2: %3 %, κ %4</translation>
    </message>
    <message>
        <source>Independent codings by %1. Each sentence is a unit; a reviewer&apos;s value is their own decision, or the suggestion they let stand once they marked the document done. α is Krippendorff&apos;s alpha for nominal data (1: perfect agreement, 0: chance); — where it is undefined (too few values, or no variation).</source>
        <translation>Незалежне кодування: %1. Кожне речення — одиниця; значення рецензента — його власне рішення або пропозиція, яку він залишив, позначивши документ готовим. α — альфа Кріппендорфа для номінальних даних (1: повна узгодженість, 0: випадковість); — там, де вона не визначена (замало значень або немає варіації).</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Тег «%1»</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Анонімність</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Тип цитати</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Тип твердження</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Не вдалося записати звіт: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade of the project to version %1 is missing from this build.</source>
        <translation>У цій збірці немає оновлення проєкту до версії %1.</translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1 (%2): %3</source>
        <translation>Не вдалося оновити проєкт до версії %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaries</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 немає.</translation>
    </message>
    <message>
        <source>A sentence cannot be split at its edge: place the cursor between two of its words.</source>
        <translation>Речення не можна розділити на його межі: поставте курсор між двома його словами.</translation>
    </message>
    <message>
        <source>The claimed words cross that point: split the sentence elsewhere.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Слова твердження проходять через це місце: розділіть речення в іншому місці.</translation>
    </message>
    <message>
        <source>This is the last sentence of the article: there is no next sentence to merge it with.</source>
        <translation>Це останнє речення статті: немає наступного речення, з яким його можна об’єднати.</translation>
    </message>
    <message>
        <source>The sentences have changed since; their boundaries cannot be put back.</source>
        <translation>Відтоді речення змінилися; їхні межі не можна відновити.</translation>
    </message>
    <message>
        <source>Sentence %1 cannot be put back: its id has been taken since.</source>
        <translation>Речення %1 не можна відновити: його ідентифікатор відтоді зайнято.</translation>
    </message>
    <message>
        <source>The sentence was split or merged by someone else meanwhile; look at it again.</source>
        <translation>Тим часом речення розділив або об’єднав хтось інший; перегляньте його ще раз.</translation>
    </message>
    <message>
        <source>Reviewers have coded this sentence on their own: its boundaries stay as they coded it (a split or a merge would leave their codings on other words, or drop them). Split and merge sentences before independent coding begins.</source>
        <translation>Перевіряльники вже закодували це речення незалежно: його межі залишаються такими, якими вони його кодували (поділ або злиття залишили б їхні кодування на інших словах або видалили б їх). Поділяйте й об’єднуйте речення до початку незалежного кодування.</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaryCommand</name>
    <message>
        <source>The sentence boundaries could not be put back: %1</source>
        <translation>Не вдалося відновити межі речень: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>«%1» — не адреса PostgreSQL (postgresql://користувач@вузол:порт/база).</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>«%1» — недійсна адреса PostgreSQL: %2</translation>
    </message>
    <message>
        <source>The address “%1” names no database: write it as postgresql://host/database.</source>
        <translation>В адресі «%1» не вказано базу даних: запишіть її як postgresql://вузол/база.</translation>
    </message>
    <message>
        <source>The address “%1” has a port that is not a number.</source>
        <translation>В адресі «%1» порт указано не числом.</translation>
    </message>
    <message>
        <source>The option “%1” of the address “%2” holds a character Sourcelight cannot pass on.</source>
        <translation>Параметр «%1» адреси «%2» містить символ, який Sourcelight не може передати.</translation>
    </message>
    <message>
        <source>The address “%1” has an option Sourcelight does not know: “%2”.</source>
        <translation>В адресі «%1» є параметр, невідомий Sourcelight: «%2».</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>A source needs a name.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело повинно мати назву.</translation>
    </message>
    <message>
        <source>There is already a source called “%1”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело з назвою «%1» вже існує.</translation>
    </message>
    <message>
        <source>A source cannot be affiliated with itself or one of its own affiliates.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело не може бути пов’язане із собою або з одним із пов’язаних із ним джерел.</translation>
    </message>
    <message>
        <source>“%1” is still cited by attributions; merge it into another source instead.</source>
        <comment>source: who a claim comes from</comment>
        <translation>На «%1» досі посилаються атрибуції; натомість об’єднайте його з іншим джерелом.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерела %1 не існує.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AboutDialog</name>
    <message>
        <source>About Sourcelight</source>
        <translation>Про Sourcelight</translation>
    </message>
    <message>
        <source>Source-attributed claim review: who said what, through whom.</source>
        <translation>Перевірка тверджень з атрибуцією джерел: хто що сказав і через кого.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
KDE Frameworks SyntaxHighlighting %3</source>
        <translation>Qt %1 (зібрано з %2)
KDE Frameworks SyntaxHighlighting %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationDialog</name>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Розв&apos;язання розбіжностей</translation>
    </message>
    <message>
        <source>&amp;Go to Sentence</source>
        <translation>&amp;Перейти до речення</translation>
    </message>
    <message>
        <source>Use %1&apos;s (%2)</source>
        <translation>Взяти рішення: %1 (%2)</translation>
    </message>
    <message>
        <source>The reviewers agree on every sentence of this document they coded.</source>
        <translation>Рецензенти згодні щодо кожного закодованого ними речення цього документа.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</source>
        <translation>
            <numerusform>%n речення цього документа, щодо якого рецензенти розходяться. Виберіть рядок, потім чиє рішення стане підсумковим.</numerusform>
            <numerusform>%n речення цього документа, щодо яких рецензенти розходяться. Виберіть рядок, потім чиє рішення стане підсумковим.</numerusform>
            <numerusform>%n речень цього документа, щодо яких рецензенти розходяться. Виберіть рядок, потім чиє рішення стане підсумковим.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationModel</name>
    <message>
        <source>%1 did not code this sentence.</source>
        <translation>%1 не кодував(ла) це речення.</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Речення</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>[suggested]</source>
        <translation>[запропоновано]</translation>
    </message>
    <message>
        <source>no claim</source>
        <translation>немає твердження</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleDetailsDialog</name>
    <message>
        <source>New Article</source>
        <translation>Нова стаття</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. 2024-05-17</source>
        <translation>наприклад, 2024-05-17</translation>
    </message>
    <message>
        <source>Beginning of the article</source>
        <translation>Початок статті</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleFetcher</name>
    <message>
        <source>The address gives “%1”, not a web page or text; only HTML and text can be imported.</source>
        <translation>За адресою знаходиться «%1», а не вебсторінка чи текст; імпортувати можна лише HTML і текст.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB, more than can be imported.</source>
        <translation>Сторінка більша за %1 МБ — більше, ніж можна імпортувати.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not send the page within %n second(s).</source>
        <translation>
            <numerusform>Сервер не надіслав сторінку за %n секунду.</numerusform>
            <numerusform>Сервер не надіслав сторінку за %n секунди.</numerusform>
            <numerusform>Сервер не надіслав сторінку за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the address of a web page.</source>
        <translation>Введіть адресу вебсторінки.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» не є вебадресою.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported, not “%1”.</source>
        <translation>Імпортувати можна лише адреси http і https, а не «%1».</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>The server sent an empty page.</source>
        <translation>Сервер надіслав порожню сторінку.</translation>
    </message>
    <message>
        <source>The page “%1” was not found (HTTP %2).</source>
        <translation>Сторінку «%1» не знайдено (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused access to the page “%1” (HTTP %2).</source>
        <translation>Сервер відмовив у доступі до сторінки «%1» (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered “%1” with an error (HTTP %2 %3).</source>
        <translation>Сервер відповів на «%1» помилкою (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The server “%1” was not found: check the address and the network connection.</source>
        <translation>Сервер «%1» не знайдено: перевірте адресу та підключення до мережі.</translation>
    </message>
    <message>
        <source>The server “%1” refused the connection.</source>
        <translation>Сервер «%1» відхилив з’єднання.</translation>
    </message>
    <message>
        <source>The server “%1” closed the connection before sending the page.</source>
        <translation>Сервер «%1» закрив з’єднання, не надіславши сторінку.</translation>
    </message>
    <message>
        <source>The server “%1” did not answer in time.</source>
        <translation>Сервер «%1» не відповів вчасно.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to “%1”: %2</source>
        <translation>Не вдалося встановити захищене (TLS) з’єднання з «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The page redirects too often (more than %n time(s)).</source>
        <translation>
            <numerusform>Сторінка переспрямовує надто часто (понад %n раз).</numerusform>
            <numerusform>Сторінка переспрямовує надто часто (понад %n рази).</numerusform>
            <numerusform>Сторінка переспрямовує надто часто (понад %n разів).</numerusform>
        </translation>
    </message>
    <message>
        <source>The page redirects from a secure (https) address to an insecure one; the redirect was not followed.</source>
        <translation>Сторінка переспрямовує із захищеної адреси (https) на незахищену; переспрямування не виконано.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Імпортувати можна лише адреси http і https.</translation>
    </message>
    <message>
        <source>The page “%1” could not be fetched: %2</source>
        <translation>Не вдалося завантажити сторінку «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleIntake</name>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Нова стаття з &amp;буфера обміну…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Імпортувати за &amp;URL…</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Перед імпортом відкрийте проєкт, доступний для запису.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy the article in the browser first.</source>
        <translation>У буфері обміну немає тексту для імпорту: спершу скопіюйте статтю в браузері.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обміну</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Завантаження %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Імпорт %1 скасовано.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Не вдалося імпортувати %1: %2</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Імпорт «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n sentence(s)).</source>
        <translation>
            <numerusform>Імпортовано «%1» (%n речення).</numerusform>
            <numerusform>Імпортовано «%1» (%n речення).</numerusform>
            <numerusform>Імпортовано «%1» (%n речень).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionEditor</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation>Введіть назву або псевдонім…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Нове…</translation>
    </message>
    <message>
        <source>New source…</source>
        <comment>who a claim comes from</comment>
        <translation>Нове джерело…</translation>
    </message>
    <message>
        <source>New source</source>
        <comment>who a claim comes from</comment>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>&amp;Через:</translation>
    </message>
    <message>
        <source>Via chain, nearest to the reader first</source>
        <translation>Ланцюжок посередників, від найближчого до читача</translation>
    </message>
    <message>
        <source>Add a conduit</source>
        <translation>Додати посередника</translation>
    </message>
    <message>
        <source>Add an outlet or person…</source>
        <translation>Додайте видання або особу…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add conduit</source>
        <translation>Додати посередника</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove conduit</source>
        <translation>Вилучити посередника</translation>
    </message>
    <message>
        <source>Move conduit up</source>
        <translation>Пересунути посередника вгору</translation>
    </message>
    <message>
        <source>Move conduit down</source>
        <translation>Пересунути посередника вниз</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонімно</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Офіційно</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Кількість:</translation>
    </message>
    <message>
        <source>How many speakers</source>
        <translation>Кількість мовців</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Пос&amp;ада:</translation>
    </message>
    <message>
        <source>Title or role of the source</source>
        <comment>who a claim comes from</comment>
        <translation>Посада або роль джерела</translation>
    </message>
    <message>
        <source>e.g. National Security Council spokesman</source>
        <translation>напр. речник Ради національної безпеки</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Тип цитати</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Немає пропозиції</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionPanel</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>No sentence selected. Click a sentence, or press J and K to move through them.</source>
        <translation>Речення не вибрано. Клацніть на реченні або переходьте між реченнями клавішами J і K.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionSuggester</name>
    <message>
        <source> (pronoun with no earlier source)</source>
        <translation> (займенник без попереднього джерела)</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, через %1</translation>
    </message>
    <message>
        <source>, off the record</source>
        <translation>, неофіційно</translation>
    </message>
    <message>
        <source>attributed by a later sentence: &apos;%1&apos;</source>
        <translation>атрибуція в наступному реченні: «%1»</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; continues %2</source>
        <translation>безособовий маркер «%1» продовжує атрибуцію: %2</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; with no source named earlier</source>
        <translation>безособовий маркер «%1», але раніше не назване жодне джерело</translation>
    </message>
    <message>
        <source>headline or subheading: the article&apos;s own voice</source>
        <translation>заголовок або підзаголовок: власний голос статті</translation>
    </message>
    <message>
        <source>continues the quotation of %1</source>
        <translation>продовження цитати, джерело: %1</translation>
    </message>
    <message>
        <source>quotation following one by %1</source>
        <translation>цитата після цитати, джерело: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues %2</source>
        <translation>«%1» продовжує атрибуцію: %2</translation>
    </message>
    <message>
        <source>hedged claim in a paragraph attributed to %1</source>
        <translation>твердження із застереженням в абзаці, приписаному джерелу: %1</translation>
    </message>
    <message>
        <source>no attribution cue: the article&apos;s own voice</source>
        <translation>немає маркера атрибуції: власний голос статті</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер «%1» перед «%2»</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер «%1» після «%2»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер позиції «%1» перед «%2»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер позиції «%1» після «%2»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер переконання «%1» перед «%2»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер переконання «%1» після «%2»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер доказу «%1» перед «%2»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер доказу «%1» після «%2»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>іменник атрибуції «%1» перед «%2»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>іменник атрибуції «%1» після «%2»</translation>
    </message>
    <message>
        <source>colon &apos;%1&apos; after &apos;%2&apos; introduces a quotation</source>
        <translation>двокрапка «%1» після «%2» вводить цитату</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <comment>claim type</comment>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Тип твердження</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>В&amp;ердикт:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Упевненість:</translation>
    </message>
    <message>
        <source>Confidence in the verdict</source>
        <translation>Упевненість у вердикті</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>What you checked, what is missing…</source>
        <translation>Що ви перевірили, чого бракує…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Д&amp;окази:</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Посилання на докази</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Add evidence link</source>
        <translation>Додати посилання на доказ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove evidence link</source>
        <translation>Вилучити посилання на доказ</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Тег %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ще не перевірено</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Востаннє змінено %1, автор зміни: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Words:</source>
        <comment>the words a claim is about</comment>
        <translation>Слова:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimReviewWriter</name>
    <message>
        <source>Unnamed fact-checking organisation</source>
        <translation>Організація з перевірки фактів без назви</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimTableModel</name>
    <message>
        <source>(author)</source>
        <translation>(автор)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Через</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>claim type</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <comment>reviewed statements</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Фільтрувати твердження</translation>
    </message>
    <message>
        <source>Filter claims by text or note…</source>
        <translation>Фільтрувати твердження за текстом або нотаткою…</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Будь-який вердикт</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Фільтрувати за вердиктом</translation>
    </message>
    <message>
        <source>Any type</source>
        <comment>claim type</comment>
        <translation>Будь-який тип</translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation>Фільтрувати за типом твердження</translation>
    </message>
    <message>
        <source>Any kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Будь-який вид джерела</translation>
    </message>
    <message>
        <source>Filter by kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Фільтрувати за видом джерела</translation>
    </message>
    <message>
        <source>Named or anonymous</source>
        <translation>Назване або анонімне</translation>
    </message>
    <message>
        <source>Anonymous sources only</source>
        <translation>Лише анонімні джерела</translation>
    </message>
    <message>
        <source>Named sources only</source>
        <translation>Лише названі джерела</translation>
    </message>
    <message>
        <source>Filter by anonymity</source>
        <translation>Фільтрувати за анонімністю</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Будь-який рецензент</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Фільтрувати за рецензентом</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 of %5 sentences reviewed</source>
        <translation>%1
%2 · %3
Перевірено речень: %4 з %5</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Речення</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentMetadataDialog</name>
    <message>
        <source>Stored as “%1”; it is kept unless you choose a date.</source>
        <translation>Збережено як «%1»; значення залишиться, якщо ви не виберете дату.</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Відомості про статтю</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Веба&amp;дреса:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубліковано:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <comment>publication date</comment>
        <translation>&amp;Невідомо</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Give an address starting with http:// or https://, or leave it empty.</source>
        <translation>Вкажіть адресу, що починається з http:// або https://, або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>The sentences and suggestions stay as they were found; the new language is stored with the article and used by exports.</source>
        <translation>Речення й пропозиції залишаються такими, як їх було знайдено; нова мова зберігається разом зі статтею і використовується під час експорту.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>language</comment>
        <translation>Невідома</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Вебадреса</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Мова статті</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentPane</name>
    <message>
        <source>&amp;Find in the Article…</source>
        <translation>&amp;Знайти в статті…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти нас&amp;тупне</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти попе&amp;реднє</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <comment>what the marks in the document pane mean</comment>
        <translation>&amp;Умовні позначення</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <source>No article is open. Import one from the File menu or pick one in the Library.</source>
        <translation>Жодну статтю не відкрито. Імпортуйте статтю за допомогою меню «Файл» або виберіть її в бібліотеці.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DurableSync</name>
    <message>
        <source>“%1” could not be written to the disk: %2</source>
        <translation>«%1» не вдалося записати на диск: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EditConflictPrompt</name>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Змінено тим часом</translation>
    </message>
    <message>
        <source>Someone else changed this while your edit “%1” was on its way. Yours was not saved yet.</source>
        <translation>Хтось інший змінив це, поки ваша правка «%1» була в дорозі. Вашу ще не збережено.</translation>
    </message>
    <message>
        <source>Sentence %1: %2</source>
        <translation>Речення %1: %2</translation>
    </message>
    <message>
        <source>Theirs: %1

Yours: %2</source>
        <translation>Їхня: %1

Ваша: %2</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Залишити &amp;їхню</translation>
    </message>
    <message>
        <source>Save &amp;Mine</source>
        <translation>Зберегти &amp;мою</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«%1» не є вебадресою (http або https).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>&amp;Current document</source>
        <translation>&amp;Поточний документ</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation>
            <numerusform>&amp;Вибрані документи (%n)</numerusform>
            <numerusform>&amp;Вибрані документи (%n)</numerusform>
            <numerusform>&amp;Вибрані документи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>&amp;Увесь проєкт</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Only &amp;verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>&amp;Лише перевірені твердження</translation>
    </message>
    <message>
        <source>Only claims resting on &amp;anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Лише твердження, що спираються на &amp;анонімні джерела</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Any source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Будь-яке джерело</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Будь-який вердикт</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Тип твердження</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Будь-який тип</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <comment>source: who a claim comes from</comment>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>V&amp;erdict:</source>
        <translation>Ве&amp;рдикт:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Розмір сторінки</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Позначка порядку байтів (для програм електронних таблиць)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Розмір &amp;сторінки:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Експортовано до %1.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Створення попереднього перегляду…</translation>
    </message>
    <message>
        <source>Preview of the first documents; the export contains all of them.</source>
        <translation>Попередній перегляд перших документів; експорт міститиме їх усі.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Виберіть файл для експорту.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <source>Keep cells that look like formulas as they are</source>
        <translation>Залишати як є клітинки, схожі на формули</translation>
    </message>
    <message>
        <source>By default a cell that begins with =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>Типово клітинка, що починається з =, +, - або @, отримує апостроф на початку, щоб електронна таблиця показала її як текст, а не виконала як формулу.</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s own &amp;decisions too</source>
        <translation>Також власні &amp;рішення кожного рецензента</translation>
    </message>
    <message>
        <source>Besides the final decisions, each reviewer&apos;s own attributions and claims, as far as the server lets you read them (CSV and JSON).</source>
        <translation>Окрім остаточних рішень — власні атрибуції та твердження кожного рецензента, наскільки сервер дозволяє вам їх читати (CSV і JSON).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::FindBar</name>
    <message>
        <source>Find in the article…</source>
        <translation>Знайти в статті…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Пошук у статті</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Попередній збіг</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Наступний збіг (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Наступний збіг</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Враховувати регістр</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Закрити панель пошуку (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрити панель пошуку</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Немає збігів</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <comment>found in the article</comment>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the current match of all matches in the article</comment>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::HtmlReportWriter</name>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Перевірили</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Рецензенти</translation>
    </message>
    <message>
        <source>Other sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Інші джерела</translation>
    </message>
    <message>
        <source>Made with Sourcelight %1.</source>
        <translation>Створено за допомогою Sourcelight %1.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімне</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ImportUrlDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Імпорт за URL</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Вебадреса</translation>
    </message>
    <message>
        <source>Only the page itself is fetched: its text and what it says about itself (title, outlet, author, date). Nothing it refers to is loaded.</source>
        <translation>Завантажується лише сама сторінка: її текст і те, що вона повідомляє про себе (заголовок, видання, автор, дата). Нічого з того, на що вона посилається, не завантажується.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LegendStrip</name>
    <message>
        <source>Aa</source>
        <comment>a sample of text in the legend of the document pane</comment>
        <translation>Аа</translation>
    </message>
    <message>
        <source>Source, confirmed</source>
        <comment>who a claim comes from</comment>
        <translation>Джерело підтверджено</translation>
    </message>
    <message>
        <source>Source, suggested</source>
        <comment>who a claim comes from</comment>
        <translation>Джерело запропоновано</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Власний голос автора</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <comment>who a claim comes from</comment>
        <translation>Анонімне джерело</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>Current sentence</source>
        <translation>Поточне речення</translation>
    </message>
    <message>
        <source>Tint: the colour of the source a sentence rests on, solid once a reviewer confirmed it, lighter while it is only suggested; no tint: the author&apos;s own voice. Dashed frame: an anonymous source. Underline: the claim&apos;s verdict. Outline: the current sentence.</source>
        <translation>Заливка: колір джерела, на яке спирається речення; насичена, коли рецензент підтвердив джерело, і світліша, поки його лише запропоновано; без заливки — власний голос автора. Пунктирна рамка — анонімне джерело. Підкреслення — вердикт твердження. Контур — поточне речення.</translation>
    </message>
    <message>
        <source>Legend of the document pane</source>
        <translation>Умовні позначення панелі документа</translation>
    </message>
    <message>
        <source>Hide the legend (View menu: Legend)</source>
        <translation>Сховати умовні позначення (меню «Перегляд»: «Умовні позначення»)</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Сховати умовні позначення</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryController</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Вилучення статті</translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation>Вилучити «%1» з проєкту?</translation>
    </message>
    <message>
        <source>It has %1 and %2. %3 puts it back with everything on it until the project is closed.</source>
        <translation>У ній %1 і %2. Доки проєкт не закрито, %3 поверне її з усім вмістом.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed attribution(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n перевірена атрибуція</numerusform>
            <numerusform>%n перевірені атрибуції</numerusform>
            <numerusform>%n перевірених атрибуцій</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Ві&amp;домості про статтю…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, author, web address, date or language of the article</source>
        <translation>Виправити заголовок, видання, автора, вебадресу, дату або мову статті</translation>
    </message>
    <message>
        <source>&amp;Remove Article…</source>
        <translation>&amp;Вилучити статтю…</translation>
    </message>
    <message>
        <source>Remove the article with its claims from the project (undoable)</source>
        <translation>Вилучити статтю разом з її твердженнями з проєкту (можна скасувати)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Search documents…</source>
        <translation>Шукати документи…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Шукати документи</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
</context>
<context>
    <name>Sourcelight::MainWindow</name>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>З&amp;міни</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;ерегляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Створити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;About Sourcelight</source>
        <translation>&amp;Про Sourcelight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавній</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Перевірка</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>Верди&amp;кт</translation>
    </message>
    <message>
        <source>Claim &amp;Type</source>
        <translation>&amp;Тип твердження</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Те&amp;ги</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <comment>who claims come from</comment>
        <translation>Д&amp;жерела</translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Перейменувати джерело…</translation>
    </message>
    <message>
        <source>&amp;Merge Source Into…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Об’єднати джерело з…</translation>
    </message>
    <message>
        <source>Show &amp;All Sources</source>
        <comment>who claims come from</comment>
        <translation>Показати &amp;всі джерела</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Не вдалося відкрити проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Проєкт лише для читання</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[лише для читання]</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Створити проєкт</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight)</source>
        <translation>Проєкти Sourcelight (*.sourcelight)</translation>
    </message>
    <message>
        <source>“%1” already exists; it is opened instead of being replaced.</source>
        <translation>«%1» вже існує; його буде відкрито замість заміни.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight);;All files (*)</source>
        <translation>Проєкти Sourcelight (*.sourcelight);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Перед імпортом відкрийте проєкт, доступний для запису.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Імпортуємо %n статтю…</numerusform>
            <numerusform>Імпортуємо %n статті…</numerusform>
            <numerusform>Імпортуємо %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Імпортовано %n статтю.</numerusform>
            <numerusform>Імпортовано %n статті.</numerusform>
            <numerusform>Імпортовано %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>Не вдалося імпортувати %n файл; решту імпортовано.</numerusform>
            <numerusform>Не вдалося імпортувати %n файли; решту імпортовано.</numerusform>
            <numerusform>Не вдалося імпортувати %n файлів; решту імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Source</source>
        <comment>who a claim comes from</comment>
        <translation>Перейменувати джерело</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <comment>who a claim comes from</comment>
        <translation>Об’єднати джерело</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Об’єднати «%1» з:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Тип твердження</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation>Перед експортом відкрийте проєкт.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Помилка експорту: %1</translation>
    </message>
    <message>
        <source>&amp;Import Articles or Backup…</source>
        <translation>&amp;Імпортувати статті або резервну копію…</translation>
    </message>
    <message>
        <source>Import Articles or Restore a Backup</source>
        <translation>Імпортувати статті або відновити резервну копію</translation>
    </message>
    <message>
        <source>Articles and backups (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight backups (*.json);;All files (*)</source>
        <translation>Статті й резервні копії (*.txt *.md *.markdown *.html *.htm *.json);;Резервні копії Sourcelight (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>A Sourcelight backup (.json) is restored on its own: choose it without articles or other backups.</source>
        <translation>Резервну копію Sourcelight (.json) відновлюють окремо: виберіть її без статей та інших резервних копій.</translation>
    </message>
    <message>
        <source>None of these files can be imported (text, Markdown or HTML).</source>
        <translation>Жоден із цих файлів не можна імпортувати (текст, Markdown або HTML).</translation>
    </message>
    <message>
        <source>Restore Backup Into a New Project</source>
        <translation>Відновити резервну копію в новий проєкт</translation>
    </message>
    <message>
        <source>Restoring the backup “%1”…</source>
        <translation>Відновлення резервної копії «%1»…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Відновлення скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored: %2</source>
        <translation>Не вдалося відновити резервну копію «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from “%1”.</source>
        <translation>
            <numerusform>Відновлено %n документ із «%1».</numerusform>
            <numerusform>Відновлено %n документи з «%1».</numerusform>
            <numerusform>Відновлено %n документів із «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;How Good Were the Suggestions?</source>
        <translation>На&amp;скільки добрими були пропозиції?</translation>
    </message>
    <message>
        <source>Open a project to see how its suggestions were reviewed.</source>
        <translation>Відкрийте проєкт, щоб побачити, як перевірено його пропозиції.</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>Шукати в &amp;бібліотеці…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Project…</source>
        <translation>Під’єднатися до &amp;командного проєкту…</translation>
    </message>
    <message>
        <source>&amp;Mark Document Done</source>
        <translation>&amp;Позначити документ як готовий</translation>
    </message>
    <message>
        <source>Independent review: you have coded this document. You may then see the other reviewers&apos; codings of it, and no longer change yours.</source>
        <translation>Незалежна перевірка: ви закодували цей документ. Після цього ви побачите результати кодування інших рецензентів і більше не зможете змінювати свої.</translation>
    </message>
    <message>
        <source>Marking a document done is for reviewers of a team project in independent review.</source>
        <translation>Позначати документ як готовий можуть рецензенти командного проєкту в режимі незалежної перевірки.</translation>
    </message>
    <message>
        <source>Marked done. Your decisions on this document are final; a curator can open it again for you.</source>
        <translation>Позначено як готове. Ваші рішення щодо цього документа остаточні; куратор може знову відкрити його для вас.</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements…</source>
        <translation>&amp;Розв&apos;язати розбіжності…</translation>
    </message>
    <message>
        <source>Independent review: the sentences of this document the reviewers disagree on, side by side; pick the final decision.</source>
        <translation>Незалежна перевірка: речення цього документа, щодо яких рецензенти розходяться, поруч; виберіть підсумкове рішення.</translation>
    </message>
    <message>
        <source>Adjudicating is for curators and admins of a team project in independent review.</source>
        <translation>Розв&apos;язувати розбіжності можуть куратори та адміністратори командного проєкту в режимі незалежної перевірки.</translation>
    </message>
    <message>
        <source>Open a document to adjudicate its sentences.</source>
        <translation>Відкрийте документ, щоб розв&apos;язати розбіжності щодо його речень.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>the analyst&apos;s name, their part, the review mode</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>independent review</source>
        <translation>незалежна перевірка</translation>
    </message>
    <message>
        <source>shared review</source>
        <translation>спільна перевірка</translation>
    </message>
    <message>
        <source>Edits not sent</source>
        <translation>Правки не надіслано</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made offline when the project was last open were sent to the server.</source>
        <translation>
            <numerusform>%n правку, зроблену без зв’язку під час минулого відкриття проєкту, надіслано на сервер.</numerusform>
            <numerusform>%n правки, зроблені без зв’язку під час минулого відкриття проєкту, надіслано на сервер.</numerusform>
            <numerusform>%n правок, зроблених без зв’язку під час минулого відкриття проєкту, надіслано на сервер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</source>
        <translation>
            <numerusform>%n правка, зроблена, поки сервер був недоступний, чекає надсилання і не може бути збережена на цьому комп’ютері. Якщо закрити проєкт зараз, вона пропаде. Усе одно закрити?</numerusform>
            <numerusform>%n правки, зроблені, поки сервер був недоступний, чекають надсилання і не можуть бути збережені на цьому комп’ютері. Якщо закрити проєкт зараз, вони пропадуть. Усе одно закрити?</numerusform>
            <numerusform>%n правок, зроблених, поки сервер був недоступний, чекають надсилання і не можуть бути збережені на цьому комп’ютері. Якщо закрити проєкт зараз, вони пропадуть. Усе одно закрити?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MarkdownReportWriter</name>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Створено: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Обсяг: %1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Перевірили:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(анонімне)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::NewSourceDialog</name>
    <message>
        <source>New Source</source>
        <comment>who a claim comes from</comment>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>Source name</source>
        <comment>who a claim comes from</comment>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Вид джерела</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Приналежність</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Приналежність:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::PdfReportWriter</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Не вдалося записати PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message>
        <source>Analyst</source>
        <translation>Аналітик</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Прийняти пропозицію</translation>
    </message>
    <message>
        <source>The suggestion was rejected.</source>
        <translation>Пропозицію відхилено.</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Відхилити пропозицію</translation>
    </message>
    <message>
        <source>Set source to %1</source>
        <translation>Встановити джерело: %1</translation>
    </message>
    <message>
        <source>Change via chain</source>
        <translation>Змінити ланцюжок посередників</translation>
    </message>
    <message>
        <source>Change source profile</source>
        <translation>Змінити профіль джерела</translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation>Змінити тип цитати</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Встановити вердикт</translation>
    </message>
    <message>
        <source>Set claim type</source>
        <translation>Встановити тип твердження</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Встановити упевненість</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Вилучити тег</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додати тег</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <translation>Створити джерело %1</translation>
    </message>
    <message>
        <source>Rename source %1</source>
        <translation>Перейменувати джерело %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Об’єднати %1 з %2</translation>
    </message>
    <message>
        <source>needs second source</source>
        <translation>потрібне друге джерело</translation>
    </message>
    <message>
        <source>Rests on a single source; look for corroboration.</source>
        <translation>Спирається на одне джерело; пошукайте підтвердження.</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>із застереженням</translation>
    </message>
    <message>
        <source>Worded with reportedly, allegedly, could or similar.</source>
        <translation>Сформульовано зі словами «нібито», «як повідомляється», «може» тощо.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>цифри</translation>
    </message>
    <message>
        <source>Contains a figure to check.</source>
        <translation>Містить число, яке треба перевірити.</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>повернутися пізніше</translation>
    </message>
    <message>
        <source>Come back to it later.</source>
        <translation>Поверніться до цього пізніше.</translation>
    </message>
    <message>
        <source>%1 It was closed so that nothing more is written to it.</source>
        <translation>%1 Проєкт закрито, щоб до нього більше нічого не записувалося.</translation>
    </message>
    <message>
        <source>The project could not be read through to check it for damage: %1</source>
        <translation>Не вдалося прочитати проєкт повністю, щоб перевірити його на пошкодження: %1</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Змінити відомості про статтю %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Вилучити статтю %1</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>Розділити речення</translation>
    </message>
    <message>
        <source>Split the sentence in two.</source>
        <translation>Речення розділено на два.</translation>
    </message>
    <message>
        <source>Merge sentences</source>
        <translation>Об’єднати речення</translation>
    </message>
    <message>
        <source>Merged; the second sentence&apos;s attribution to %1 was dropped.</source>
        <translation>Об’єднано; атрибуцію другого речення до %1 відкинуто.</translation>
    </message>
    <message>
        <source>Merged the sentence with the next one.</source>
        <translation>Речення об’єднано з наступним.</translation>
    </message>
    <message>
        <source>Select the words of the claim in the article first.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Спершу виділіть слова твердження в статті.</translation>
    </message>
    <message>
        <source>The selection crosses sentences: a claim&apos;s words must lie in one sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Виділення охоплює кілька речень: слова твердження мають бути в одному реченні.</translation>
    </message>
    <message>
        <source>Claim the selected words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження за виділеними словами</translation>
    </message>
    <message>
        <source>The claim is the whole sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Твердження — усе речення.</translation>
    </message>
    <message>
        <source>The claim is now “%1”.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Тепер твердження — «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be saved and was undone: %2</source>
        <translation>«%1» не вдалося зберегти, дію скасовано: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>«%1» не вдалося скасувати: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.</source>
        <translation>
            <numerusform>%n правку не вдалося зберегти на диск, її скасовано: %1 Повторіть її, коли диск знову працюватиме.</numerusform>
            <numerusform>%n правки не вдалося зберегти на диск, їх скасовано: %1 Повторіть їх, коли диск знову працюватиме.</numerusform>
            <numerusform>%n правок не вдалося зберегти на диск, їх скасовано: %1 Повторіть їх, коли диск знову працюватиме.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved to the disk: %1</source>
        <translation>Проєкт не вдалося зберегти на диск: %1</translation>
    </message>
    <message>
        <source>The claim&apos;s words were not saved.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Слова твердження не збережено.</translation>
    </message>
    <message>
        <source>Only a reviewer coding independently marks a document done, with the document open.</source>
        <translation>Позначити документ як готовий може лише рецензент, що кодує незалежно, з відкритим документом.</translation>
    </message>
    <message>
        <source>Adopt %1&apos;s decision</source>
        <translation>Прийняти рішення: %1</translation>
    </message>
    <message>
        <source>Adopt attribution</source>
        <translation>Прийняти атрибуцію</translation>
    </message>
    <message>
        <source>“%1”, made while offline, was not saved: %2</source>
        <translation>«%1», зроблену без з’єднання, не збережено: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost. “%1” and the review edits after it wait here, kept on this computer, and are sent when it is back (or when the project is next opened).</source>
        <translation>Зв’язок із сервером втрачено. «%1» і наступні правки чекають тут, збережені на цьому комп’ютері, і будуть надіслані, коли зв’язок повернеться (або під час наступного відкриття проєкту).</translation>
    </message>
    <message>
        <source>The edits waiting for the server could not be kept on this computer: %1 Closing the project before they are sent discards them.</source>
        <translation>Правки, що чекають на сервер, не вдалося зберегти на цьому комп’ютері: %1 Якщо закрити проєкт до їх надсилання, вони пропадуть.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer from an earlier session could not be read and were not sent.</source>
        <translation>
            <numerusform>%n правку, збережену на цьому комп’ютері в минулому сеансі, не вдалося прочитати, і її не надіслано.</numerusform>
            <numerusform>%n правки, збережені на цьому комп’ютері в минулому сеансі, не вдалося прочитати, і їх не надіслано.</numerusform>
            <numerusform>%n правок, збережених на цьому комп’ютері в минулому сеансі, не вдалося прочитати, і їх не надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(немає нотатки)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>This evidence link was added while offline and has not reached the server yet: undo adding it instead.</source>
        <translation>Це посилання на доказ додано без зв’язку, і воно ще не дійшло до сервера: натомість скасуйте його додавання.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ProjectStore</name>
    <message>
        <source>“%1” is a folder, not a Sourcelight project.</source>
        <translation>«%1» — це тека, а не проєкт Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: the folder cannot be written to.</source>
        <translation>Не вдалося створити проєкт «%1»: тека недоступна для запису.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Не вдалося прочитати проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sourcelight project.</source>
        <translation>«%1» — це порожній файл, а не проєкт Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database).</source>
        <translation>«%1» не є проєктом Sourcelight (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is truncated.</source>
        <translation>Проєкт «%1» пошкоджено: файл обрізано.</translation>
    </message>
    <message>
        <source>The project “%1” or its folder cannot be written to; it is open for reading only.</source>
        <translation>Проєкт «%1» або його тека недоступні для запису; проєкт відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>Проєкт відкрито лише для читання.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Не вдалося відкрити проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.</source>
        <translation>Проєкт «%1» пошкоджено (%2). Відкрийте резервну копію або зверніться по допомогу з його відновленням.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Sourcelight project.</source>
        <translation>«%1» — це база даних SQLite, але не проєкт Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Sourcelight project.</source>
        <translation>«%1» — це порожня база даних, а не проєкт Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.</source>
        <translation>Проєкт «%1» збережено новішою версією Sourcelight (формат %2; ця версія підтримує формати до %3 включно). Його відкрито лише для читання, тому нічого в ньому не буде змінено; щоб редагувати його, оновіть Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” is in an older format and must be upgraded, but it cannot be written to.</source>
        <translation>Проєкт «%1» має застарілий формат і потребує оновлення, але він недоступний для запису.</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>Рецензент повинен мати ім’я.</translation>
    </message>
    <message>
        <source>The project is damaged: %1</source>
        <translation>Проєкт пошкоджено: %1</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the last change was not saved. Everything saved before it is intact; free some space and try again.</source>
        <translation>Диск, на якому зберігається «%1», заповнено: останню зміну не збережено. Усе, що було збережено раніше, не постраждало; звільніть місце й повторіть спробу.</translation>
    </message>
    <message>
        <source>The project “%1” is locked by another program or another Sourcelight window; try again when it is closed.</source>
        <translation>Проєкт «%1» заблоковано іншою програмою або іншим вікном Sourcelight; повторіть спробу, коли їх буде закрито.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be written to.</source>
        <translation>Проєкт «%1» недоступний для запису.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Open a backup copy, or ask for help recovering it.</source>
        <translation>Проєкт «%1» пошкоджено. Відкрийте резервну копію або зверніться по допомогу з його відновленням.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database, or it is damaged beyond reading).</source>
        <translation>«%1» не є проєктом Sourcelight (це не база даних SQLite, або її пошкоджено настільки, що її неможливо прочитати).</translation>
    </message>
    <message>
        <source>Cannot read or write the project “%1”: %2</source>
        <translation>Не вдалося прочитати або записати проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Помилка бази даних у «%1»: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Жоден проєкт не відкрито.</translation>
    </message>
    <message>
        <source>The item to change (%1 %2) no longer exists.</source>
        <translation>Об’єкта, який слід змінити (%1 %2), більше не існує.</translation>
    </message>
    <message>
        <source>Not every row was written to the project.</source>
        <translation>Не всі рядки записано до проєкту.</translation>
    </message>
    <message>
        <source>A bulk write needs a transaction.</source>
        <translation>Для пакетного запису потрібна транзакція.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: it is on a medium that cannot be written to, and its recent changes could not be copied to a temporary folder to be read.</source>
        <translation>Не вдається прочитати проєкт «%1»: він на носії, на який не можна записувати, а його останні зміни не вдалося скопіювати до тимчасової теки для читання.</translation>
    </message>
    <message>
        <source>The new row&apos;s id did not come back from the database.</source>
        <translation>База даних не повернула ідентифікатор нового рядка.</translation>
    </message>
    <message>
        <source>Cannot open the team project “%1”: this installation of Sourcelight cannot reach PostgreSQL servers (the Qt PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>Не вдається відкрити командний проєкт «%1»: ця інсталяція Sourcelight не може під’єднуватися до серверів PostgreSQL (немає драйвера PostgreSQL для Qt, пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team project “%1”: %2</source>
        <translation>Не вдається під’єднатися до командного проєкту «%1»: %2</translation>
    </message>
    <message>
        <source>The database of “%1” holds tables, but it is not a Sourcelight project.</source>
        <translation>У базі даних «%1» є таблиці, але це не проєкт Sourcelight.</translation>
    </message>
    <message>
        <source>The server of “%1” has run out of disk space: the last change was not saved. Everything saved before it is intact; ask the server&apos;s administrator.</source>
        <translation>На сервері «%1» закінчилося місце на диску: останню зміну не збережено. Усе збережене до неї ціле; зверніться до адміністратора сервера.</translation>
    </message>
    <message>
        <source>Another reviewer is changing the same part of “%1”; try again in a moment.</source>
        <translation>Інший рецензент зараз змінює ту саму частину «%1»; спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>The server does not let you make this change in “%1”: %2</source>
        <translation>Сервер не дозволяє вам цю зміну в «%1»: %2</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: %2</source>
        <translation>З’єднання з сервером «%1» втрачено: %2</translation>
    </message>
    <message>
        <source>The server reports damaged data in “%1”: %2</source>
        <translation>Сервер повідомляє про пошкоджені дані в «%1»: %2</translation>
    </message>
    <message>
        <source>The database of “%1” is empty: it holds no Sourcelight project yet.</source>
        <translation>База даних «%1» порожня: у ній ще немає проєкту Sourcelight.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Хтось інший тим часом це змінив.</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>сервер не відповідає</translation>
    </message>
    <message>
        <source>Your database role “%1” has no part in the team project “%2”. Ask one of its admins to add you (sourcelight team --project … --add %1 --role reviewer).</source>
        <translation>Ваша роль бази даних «%1» не бере участі в командному проєкті «%2». Попросіть одного з його адміністраторів додати вас (sourcelight team --project … --add %1 --role reviewer).</translation>
    </message>
    <message>
        <source>The server does not let you change this (%1 %2) in “%3”: it is not yours to change, or no longer is (a document you marked done).</source>
        <translation>Сервер не дозволяє вам змінити це (%1 %2) у «%3»: це не вам змінювати або вже не вам (документ, позначений вами як готовий).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::QdpxWriter</name>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>інша назва: %1</translation>
    </message>
    <message>
        <source>affiliation: %1</source>
        <translation>приналежність: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Вердикти</translation>
    </message>
    <message>
        <source>Claim types</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Типи тверджень</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Нотатка до твердження %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA project: %1</source>
        <translation>Не вдалося записати проєкт REFI-QDA: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>“%1” is the project itself (or its journal, or a link to them): exporting there would destroy the project. Nothing was written; choose another file.</source>
        <translation>«%1» — це сам проєкт (або його журнал чи посилання на них): експорт туди знищив би проєкт. Нічого не записано; виберіть інший файл.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдається записати «%1»: %2</translation>
    </message>
    <message>
        <source>A %1 report cannot be written to standard output; give a file name.</source>
        <translation>Звіт %1 не можна записати у стандартний вивід; вкажіть назву файлу.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewController</name>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Наступне речення</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>&amp;Попереднє речення</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Sentence</source>
        <translation>Наступне н&amp;еперевірене речення</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>П&amp;рийняти пропозицію</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Відхилити пропозицію</translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <comment>who a claim comes from</comment>
        <translation>Вибрати &amp;джерело…</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>Редагувати н&amp;отатку</translation>
    </message>
    <message>
        <source>Attributed %1 · reviewed %2 · total %3</source>
        <translation>З атрибуцією: %1 · перевірено: %2 · усього: %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewTeam</name>
    <message>
        <source>reviewer</source>
        <translation>рецензент</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>куратор</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>The server did not say who you are.</source>
        <translation>Сервер не повідомив, хто ви.</translation>
    </message>
    <message>
        <source>A team member needs a login.</source>
        <translation>Учасник команди повинен мати логін.</translation>
    </message>
    <message>
        <source>This project is older than team review; open it once with this version to upgrade it.</source>
        <translation>Цей проєкт створено до появи командної перевірки; відкрийте його один раз у цій версії, щоб оновити.</translation>
    </message>
    <message>
        <source>The server has no database role “%1”; create it first (CREATE ROLE %1 LOGIN …), then add it.</source>
        <translation>На сервері немає ролі бази даних «%1»; спершу створіть її (CREATE ROLE %1 LOGIN …), а потім додайте.</translation>
    </message>
    <message>
        <source>The server does not let you change the team of “%1”: only its admins may.</source>
        <translation>Сервер не дозволяє вам змінювати команду «%1»: це можуть лише його адміністратори.</translation>
    </message>
    <message>
        <source>Independent review needs a team project on a server: in a file, nothing would keep the reviewers&apos; codings apart.</source>
        <translation>Для незалежної перевірки потрібен командний проєкт на сервері: у файлі ніщо не розділяло б результати кодування різних рецензентів.</translation>
    </message>
    <message>
        <source>The server does not let you change the review mode of “%1”: only its admins may.</source>
        <translation>Сервер не дозволяє вам змінювати режим перевірки «%1»: це можуть лише його адміністратори.</translation>
    </message>
    <message>
        <source>Only a named reviewer of a team project can mark a document done.</source>
        <translation>Позначити документ як готовий може лише рецензент, включений до командного проєкту.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SaveIndicator</name>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Every edit is on disk.</source>
        <translation>Усі правки записано на диск.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>The last edit is in the project and is being written to the disk.</source>
        <translation>Остання правка є в проєкті й записується на диск.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Немає зв’язку</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <comment>edits waiting to be sent</comment>
        <translation>
            <numerusform>Немає зв’язку · %n чекає</numerusform>
            <numerusform>Немає зв’язку · %n чекають</numerusform>
            <numerusform>Немає зв’язку · %n чекають</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the team project&apos;s server was lost. Sourcelight connects again every few seconds. Review edits (attributions, verdicts, types, notes, tags, evidence links added) wait here, kept on this computer, and are sent in order when it is back, or when the project is next opened; other edits cannot be saved until then and are undone.</source>
        <translation>Зв’язок із сервером командного проєкту втрачено. Sourcelight перепідключається кожні кілька секунд. Правки перевірки (атрибуції, вердикти, типи, нотатки, мітки, додані посилання на докази) чекають тут, збережені на цьому комп’ютері, і надсилаються по черзі, коли зв’язок повернеться або під час наступного відкриття проєкту; інші правки до того часу зберегти не можна, і вони скасовуються.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceEditController</name>
    <message>
        <source>Sp&amp;lit Sentence at the Cursor</source>
        <translation>Ро&amp;зділити речення за курсором</translation>
    </message>
    <message>
        <source>&amp;Merge with the Next Sentence</source>
        <translation>Об’&amp;єднати з наступним реченням</translation>
    </message>
    <message>
        <source>&amp;Claim the Selected Words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Виді&amp;лені слова — твердження</translation>
    </message>
    <message>
        <source>Place the cursor inside a sentence first.</source>
        <translation>Спершу поставте курсор усередину речення.</translation>
    </message>
    <message>
        <source>Choose a sentence first.</source>
        <translation>Спершу виберіть речення.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceModel</name>
    <message>
        <source>Author&apos;s own voice (no attribution)</source>
        <translation>Власний голос автора (без атрибуції)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімне</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Через: %1</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Маркер: «%1»</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Типова системна</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Ім’я рецензента:</translation>
    </message>
    <message>
        <source>Reviewing &amp;organisation:</source>
        <translation>&amp;Організація-рецензент:</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>&amp;Вебадреса організації:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Ім’я рецензента</translation>
    </message>
    <message>
        <source>Recorded with every change you make and on the claims you review.</source>
        <translation>Записується з кожною вашою зміною та в перевірених вами твердженнях.</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>Організація-рецензент</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview exports.</source>
        <translation>Зазначається як автор експортів ClaimReview.</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Вебадреса організації</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Ви&amp;гляд:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системний</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлий</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темний</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourceModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Також: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Речення</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourcesDock</name>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Джерела</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionQualityDialog</name>
    <message>
        <source>How Good Were the Suggestions?</source>
        <translation>Наскільки добрими були пропозиції?</translation>
    </message>
    <message>
        <source>Suggestions kept, by cue and by source kind</source>
        <translation>Збережені пропозиції за маркером і видом джерела</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Kept share</source>
        <translation>Частка збережених</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Інше джерело</translation>
    </message>
    <message>
        <source>Source missed</source>
        <translation>Джерело пропущено</translation>
    </message>
    <message>
        <source>Source where none</source>
        <translation>Джерело там, де його немає</translation>
    </message>
    <message>
        <source>The analyst chose another source</source>
        <translation>Аналітик вибрав інше джерело</translation>
    </message>
    <message>
        <source>The suggestion saw the article&apos;s own voice; the analyst a source</source>
        <translation>Пропозиція бачила власний голос статті, аналітик — джерело</translation>
    </message>
    <message>
        <source>The suggestion named a source; the analyst saw the article&apos;s own voice</source>
        <translation>Пропозиція назвала джерело, аналітик побачив власний голос статті</translation>
    </message>
    <message>
        <source>Speech verbs (said, told)</source>
        <translation>Дієслова мовлення (said, told)</translation>
    </message>
    <message>
        <source>Stance verbs (criticised, denied)</source>
        <translation>Дієслова позиції (criticised, denied)</translation>
    </message>
    <message>
        <source>Belief verbs (believe, expect)</source>
        <translation>Дієслова переконання (believe, expect)</translation>
    </message>
    <message>
        <source>Evidence verbs (records show)</source>
        <translation>Дієслова доказу (records show)</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <translation>Перенесено з попереднього речення</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <translation>Атрибуція в наступному реченні</translation>
    </message>
    <message>
        <source>The article&apos;s own voice</source>
        <translation>Власний голос статті</translation>
    </message>
    <message>
        <source>No sentence has been reviewed yet. Accept or correct suggestions in the review; every sentence you decide counts here.</source>
        <translation>Ще жодне речення не перевірено. Приймайте або виправляйте пропозиції; тут враховується кожне вирішене речення.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed sentence(s): the suggested source was kept in %1 of them.</source>
        <translation>
            <numerusform>%n перевірене речення: запропоноване джерело збережено в %1 з них.</numerusform>
            <numerusform>%n перевірені речення: запропоноване джерело збережено в %1 з них.</numerusform>
            <numerusform>%n перевірених речень: запропоноване джерело збережено в %1 з них.</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed sentences</source>
        <translation>Усі перевірені речення</translation>
    </message>
    <message>
        <source>Every suggestion</source>
        <translation>Усі пропозиції</translation>
    </message>
    <message>
        <source>By the suggestion&apos;s cue</source>
        <translation>За маркером пропозиції</translation>
    </message>
    <message>
        <source>By the kind of source suggested</source>
        <translation>За видом запропонованого джерела</translation>
    </message>
    <message>
        <source>Phrases (according to)</source>
        <translation>Звороти (according to)</translation>
    </message>
    <message>
        <source>Attribution nouns (in a statement, his claim that)</source>
        <translation>Іменники атрибуції (in a statement, his claim that)</translation>
    </message>
    <message>
        <source>A colon introducing a quotation</source>
        <translation>Двокрапка перед цитатою</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionView</name>
    <message>
        <source>Sentence</source>
        <translation>Речення</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;Прийняти (Enter)</translation>
    </message>
    <message>
        <source>Accept the suggested attribution</source>
        <translation>Прийняти запропоновану атрибуцію</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <source>Reject the suggested attribution</source>
        <translation>Відхилити запропоновану атрибуцію</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Власний голос автора</translation>
    </message>
</context>
<context>
    <name>Sourcelight::TeamProjectDialog</name>
    <message>
        <source>Connect to Team Project</source>
        <translation>Під’єднатися до командного проєкту</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>з ~/.pgpass або PGPASSWORD, якщо порожньо</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that your administrator set up. The password is used for this connection only and never saved.</source>
        <translation>Командний проєкт зберігається в базі даних PostgreSQL, яку налаштував ваш адміністратор. Пароль використовується лише для цього з’єднання і ніколи не зберігається.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Під’&amp;єднатися</translation>
    </message>
</context>
<context>
    <name>Sourcelight::WebAnnotationWriter</name>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>print a project&apos;s figures: attributed share, anonymous sources, per source and per verdict</source>
        <translation>вивести показники проєкту: частку речень з атрибуцією, анонімні джерела, розподіл за джерелами та вердиктами</translation>
    </message>
    <message>
        <source>Usage: sourcelight stats --project FILE.sourcelight [--format text|json]

Prints the number of documents and sentences, the share of sentences attributed to a source, the
share of claims resting on anonymous sources, and counts per source and per verdict.

  --project FILE   the project (opened read-only)
  --format FORMAT  text (default: a table) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight stats --project FILE.sourcelight [--format text|json]

Виводить кількість документів і речень, частку речень, приписаних джерелу, частку тверджень,
що спираються на анонімні джерела, а також кількості за джерелами та вердиктами.

  --project FILE   проєкт (відкривається лише для читання)
  --format FORMAT  text (типово: таблиця) або json (один об’єкт JSON)
  -h, --help       показати цю довідку
</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>невідомий параметр «%1»</translation>
    </message>
    <message>
        <source>sourcelight %1: %2</source>
        <translation>sourcelight %1: %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1: потрібне значення</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use %3)</source>
        <translation>невідоме значення (%1): «%2» (допустимо: %3)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 обов&apos;язковий</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартний ввід</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>не вдається прочитати стандартний ввід: %1</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>не вдається відкрити «%1»: %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not UTF-8 text</source>
        <translation>%1 схоже на двійковий файл, а не на текст UTF-8</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 — не коректний текст UTF-8</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>невідомий аргумент «%1»</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>--role and --name go with --add LOGIN.</source>
        <translation>--role і --name використовуються лише разом із --add LOGIN.</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use shared or independent)</source>
        <translation>невідомий режим «%1» (використовуйте shared або independent)</translation>
    </message>
    <message>
        <source>Review mode: %1
</source>
        <translation>Режим перевірки: %1
</translation>
    </message>
    <message>
        <source>show a team project&apos;s reviewers and review mode; give a login a part, change the mode</source>
        <translation>показати рецензентів і режим перевірки командного проєкту; призначити логіну роль, змінити режим</translation>
    </message>
    <message>
        <source>Usage: sourcelight team --project P [--add LOGIN [--role ROLE] [--name NAME]]
                        [--mode shared|independent] [--format text|json]

Lists the people of a team project (their name, database login and part) and its review mode. An
admin may give a login a part and change the mode; the server refuses anyone else. The login must
exist on the server (CREATE ROLE … LOGIN). A reviewer decides under their own name; a curator also
writes the final decisions and reshapes sentences; an admin also imports documents and manages the
codebook, the team and the mode. In independent mode each reviewer&apos;s decisions are their own and
hidden from the others until they mark the document done.

  --project P      the project: a .sourcelight file or a postgresql:// address (required)
  --add LOGIN      give this database login a part (again: change it)
  --role ROLE      reviewer (default), curator or admin
  --name NAME      the name their decisions go under (default: the login)
  --mode MODE      shared or independent (independent needs a server)
  --format FORMAT  text (default) or json: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;login&quot;,
                   &quot;role&quot;}]}
  -h, --help       show this help
</source>
        <translation>Використання: sourcelight team --project P [--add LOGIN [--role ROLE] [--name NAME]]
                               [--mode shared|independent] [--format text|json]

Виводить учасників командного проєкту (ім’я, логін бази даних і роль) та режим перевірки.
Адміністратор може призначити логіну роль і змінити режим; усім іншим сервер відмовляє. Логін має
існувати на сервері (CREATE ROLE … LOGIN). Рецензент ухвалює рішення від власного імені; куратор
також записує остаточні рішення, розділяє та об’єднує речення; адміністратор також імпортує документи
й керує кодовою книгою, командою та режимом. У режимі independent рішення кожного рецензента
належать лише йому й приховані від інших, доки він не позначить документ як готовий.

  --project P      проєкт: файл .sourcelight або адреса postgresql:// (обов’язково)
  --add LOGIN      призначити роль цьому логіну бази даних (повторно: змінити її)
  --role ROLE      reviewer (типово), curator або admin
  --name NAME      ім’я, під яким ідуть його рішення (типово: логін)
  --mode MODE      shared або independent (для independent потрібен сервер)
  --format FORMAT  text (типово) або json: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;,
                   &quot;login&quot;, &quot;role&quot;}]}
  -h, --help       показати цю довідку
</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file names no encoding; it was read as %1, which its letters suggest</source>
        <translation>у файлі не вказано кодування; його прочитано як %1, на що вказують його літери</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation>
            <numerusform>%n послідовність байтів не вдалося декодувати, її показано як �</numerusform>
            <numerusform>%n послідовності байтів не вдалося декодувати, їх показано як �</numerusform>
            <numerusform>%n послідовностей байтів не вдалося декодувати, їх показано як �</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a binary file, not text: only .txt, .md and .html articles can be imported.</source>
        <translation>Це двійковий файл, а не текст: імпортувати можна лише статті .txt, .md і .html.</translation>
    </message>
</context>
</TS>
