<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgreementCommand</name>
    <message>
        <source>measure how far coders agree: Krippendorff&apos;s alpha, Cohen&apos;s kappa, percent agreement</source>
        <translation>измерить согласие кодировщиков: альфа Криппендорфа, каппа Коэна, процент совпадений</translation>
    </message>
    <message>
        <source>--document needs a document id, not &apos;%1&apos;</source>
        <translation>для --document требуется идентификатор документа, а не «%1»</translation>
    </message>
    <message>
        <source>No reviewer of %1 has coded independently yet (see sourcelight team --mode).
</source>
        <translation>Ни один рецензент проекта %1 ещё не кодировал независимо (см. sourcelight team --mode).
</translation>
    </message>
    <message>
        <source>give either --ratings FILE.csv or --project P</source>
        <translation>укажите либо --ratings FILE.csv, либо --project P</translation>
    </message>
    <message>
        <source>--document goes with --project</source>
        <translation>--document используется только вместе с --project</translation>
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
        <translation>Использование: sourcelight agreement --ratings FILE.csv [--format text|json]
               sourcelight agreement --project P [--document ID] [--format text|json]

Измеряет согласие кодировщиков по номинальным кодам (вердикт, источник, тег): альфа Криппендорфа
по всем кодировщикам, пропуски допускаются, а для каждой пары кодировщиков — процент совпадений
и каппа Коэна по единицам, которые закодировали оба. В таблице оценок по строке на единицу: имя
единицы, затем по значению от каждого кодировщика. Первая строка называет кодировщиков (после
заголовка столбца единиц); пустая ячейка — пропущенное значение. Разделитель — запятая или
табуляция, UTF-8; &apos;-&apos; — стандартный ввод.

С --project данные — независимые результаты кодирования рецензентов командного проекта (режим
проверки independent), по таблице на поле: source, anonymity, quoteType, verdict, claimType и
tag:NAME; единицы — предложения. JSON имеет вид {&quot;project&quot;, &quot;document&quot;, &quot;fields&quot;:
[объект выше плюс &quot;field&quot;]}.

  --ratings FILE   таблица оценок
  --project P      проект (файл или адрес postgresql://) вместо таблицы
  --document ID    с --project: только этот документ
  --format FORMAT  text (по умолчанию, сводка для чтения) или json (один объект JSON)
  -h, --help       показать эту справку
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>строка %1: текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>строка %1: ячейка в кавычках не закрыта</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <source>the ratings table is empty</source>
        <translation>таблица оценок пуста</translation>
    </message>
    <message>
        <source>line %1: the first row must name the unit column and at least one coder</source>
        <translation>строка %1: первая строка должна называть столбец единиц и хотя бы одного кодировщика</translation>
    </message>
    <message>
        <source>line %1: coder %2 has no name</source>
        <translation>строка %1: у кодировщика %2 нет имени</translation>
    </message>
    <message>
        <source>line %1: coder &apos;%2&apos; is named twice</source>
        <translation>строка %1: кодировщик «%2» назван дважды</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %2 values, but the first row names %n coder(s)</source>
        <translation>
            <numerusform>строка %1: значений %2, но первая строка называет %n кодировщика</numerusform>
            <numerusform>строка %1: значений %2, но первая строка называет %n кодировщиков</numerusform>
            <numerusform>строка %1: значений %2, но первая строка называет %n кодировщиков</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 (%2 coded by two coders or more)</source>
        <translation>Единиц: %1 (%2 закодированы двумя кодировщиками или больше)</translation>
    </message>
    <message>
        <source>Coders: %1; values: %2 (%3 pairable, %4 distinct)</source>
        <translation>Кодировщиков: %1; значений: %2 (%3 в парах, %4 различных)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>Альфа Криппендорфа (номинальная): %1</translation>
    </message>
    <message>
        <source>no unit was coded twice</source>
        <translation>ни одна единица не закодирована дважды</translation>
    </message>
    <message>
        <source>every value is the same, so nothing varies</source>
        <translation>все значения одинаковы, ничего не меняется</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единиц</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Каппа Коэна</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>print the sentences and suggested attributions of an article (JSON or TSV)</source>
        <translation>вывести предложения статьи и предложенные атрибуции (JSON или TSV)</translation>
    </message>
    <message>
        <source>Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on
what evidence. &apos;-&apos; reads standard input. Offsets count Unicode code points.

  --lang LANG      language of the article (default: auto, detected from the text)
  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)
  -h, --help       show this help
</source>
        <translation>Использование: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Разбивает статью в кодировке UTF-8 на предложения и для каждого предлагает, кто его источник,
через кого и на каком основании. &apos;-&apos; — читать стандартный ввод. Смещения считаются в кодовых
точках Unicode.

  --lang LANG      язык статьи (по умолчанию auto — определяется по тексту)
  --format FORMAT  json (по умолчанию, один объект JSON) или tsv (одна строка на предложение)
  -h, --help       показать эту справку
</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>можно указать только один файл (FILE)</translation>
    </message>
    <message>
        <source>missing FILE (use &apos;-&apos; for standard input)</source>
        <translation>не указан файл FILE (для стандартного ввода используйте &apos;-&apos;)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Source-attributed claim review</source>
        <translation>Проверка утверждений с атрибуцией источников</translation>
    </message>
    <message>
        <source>Open this project file.</source>
        <translation>Открыть этот файл проекта.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Projects or articles to open.</source>
        <translation>Проекты или статьи для открытия.</translation>
    </message>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>The default library could not be created: %1</source>
        <translation>Не удалось создать библиотеку по умолчанию: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The file is already open.</source>
        <translation>Файл уже открыт.</translation>
    </message>
    <message>
        <source>An export file can only be written from the start.</source>
        <translation>Файл экспорта можно записать только с начала.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» — это папка.</translation>
    </message>
    <message>
        <source>The file was not open.</source>
        <translation>Файл не был открыт.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» — не обычный файл.</translation>
    </message>
</context>
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n статья</numerusform>
            <numerusform>%1: %n статьи</numerusform>
            <numerusform>%1: %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>attributed sentences</source>
        <translation>предложения с атрибуцией</translation>
    </message>
    <message>
        <source>cue class %1</source>
        <translation>класс маркеров %1</translation>
    </message>
    <message>
        <source>source kind %1</source>
        <translation>тип источника %1</translation>
    </message>
    <message>
        <source>missed sources:</source>
        <translation>пропущенные источники:</translation>
    </message>
    <message>
        <source>sources named where the gold has none:</source>
        <translation>источники, указанные там, где в эталоне их нет:</translation>
    </message>
</context>
<context>
    <name>AttributionTable</name>
    <message>
        <source>The attribution names a source that does not exist (%1).</source>
        <comment>source: who a claim comes from</comment>
        <translation>Атрибуция указывает на несуществующий источник (%1).</translation>
    </message>
    <message>
        <source>%1 suggestions for %2 sentences.</source>
        <translation>Число предложений атрибуции (%1) не совпадает с числом предложений текста (%2).</translation>
    </message>
    <message>
        <source>An analyst&apos;s attribution is either confirmed or edited, not suggested.</source>
        <translation>Атрибуция аналитика может быть только подтверждённой или изменённой, но не предложенной.</translation>
    </message>
    <message>
        <source>There is no attribution %1.</source>
        <translation>Атрибуция %1 не существует.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Кто-то другой тем временем это изменил.</translation>
    </message>
</context>
<context>
    <name>ClaimTable</name>
    <message>
        <source>A claim&apos;s span must lie inside its sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Фрагмент утверждения должен находиться внутри своего предложения.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждение %1 не существует.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Тег %1 не существует.</translation>
    </message>
    <message>
        <source>Evidence needs a link.</source>
        <translation>Для доказательства нужна ссылка.</translation>
    </message>
    <message>
        <source>There is no evidence link %1.</source>
        <translation>Ссылка на доказательство %1 не существует.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«%1» не является веб-адресом (http или https).</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>У тега должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Тег «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Тег %1 не существует.</translation>
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
        <translation>Использование: sourcelight [--project FILE] [FILE…]
               sourcelight COMMAND [OPTIONS…]
               sourcelight --version | --help

Без команды открывает окно проверки (с библиотекой по умолчанию, если проект не указан).
</translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Команды (дисплей не требуется):</translation>
    </message>
    <message>
        <source>Run &apos;sourcelight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Параметры команды: &apos;sourcelight COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>sourcelight: unknown option &apos;%1&apos;</source>
        <translation>sourcelight: неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>sourcelight: &apos;%1&apos; is neither a command nor a file</source>
        <translation>sourcelight: «%1» не является ни командой, ни файлом</translation>
    </message>
</context>
<context>
    <name>DefaultLibrary</name>
    <message>
        <source>The sample article “%1” could not be added: %2</source>
        <translation>Не удалось добавить пример статьи «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation>Спорно</translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation>Вводит в заблуждение</translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation>Ложно</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation>Невозможно проверить</translation>
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
        <translation>Мнение</translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation>Официальный орган</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation>Анонимный источник</translation>
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
        <translation>Издания</translation>
    </message>
    <message>
        <source>People</source>
        <comment>source kind</comment>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Official bodies</source>
        <comment>source kind</comment>
        <translation>Официальные органы</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <comment>source kind</comment>
        <translation>Анонимные источники</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>source kind</comment>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Authors</source>
        <comment>source kind</comment>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>attribution origin</comment>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attribution origin</comment>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>attribution origin</comment>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>No quotation</source>
        <comment>quote type</comment>
        <translation>Без цитаты</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <comment>quote type</comment>
        <translation>Прямая цитата</translation>
    </message>
    <message>
        <source>Indirect (reported speech)</source>
        <comment>quote type</comment>
        <translation>Косвенная цитата (пересказ)</translation>
    </message>
    <message>
        <source>Mixed quote</source>
        <comment>quote type</comment>
        <translation>Смешанная цитата</translation>
    </message>
    <message>
        <source>Explicit</source>
        <comment>attribution scope</comment>
        <translation>Явная</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <comment>attribution scope</comment>
        <translation>Атрибуция в последующем предложении</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <comment>attribution scope</comment>
        <translation>Перенесена из предыдущего предложения</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <comment>attribution scope</comment>
        <translation>Собственный голос автора</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <comment>number of speakers</comment>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>One</source>
        <comment>number of speakers</comment>
        <translation>Один</translation>
    </message>
    <message>
        <source>Another</source>
        <comment>number of speakers</comment>
        <translation>Ещё один</translation>
    </message>
    <message>
        <source>Several</source>
        <comment>number of speakers</comment>
        <translation>Несколько</translation>
    </message>
    <message>
        <source>article&apos;s own voice</source>
        <comment>attribution</comment>
        <translation>собственный голос статьи</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>source mention</comment>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>off the record</source>
        <comment>source mention</comment>
        <translation>не для протокола</translation>
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
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>Files of type “.%1” cannot be imported; use .txt, .md or .html.</source>
        <translation>Файлы типа «.%1» нельзя импортировать; используйте .txt, .md или .html.</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>Файл слишком велик для статьи (%1 МБ).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file contains no text to review.</source>
        <translation>В файле нет текста для проверки.</translation>
    </message>
    <message>
        <source>This is not a regular file but a device, pipe or socket; only files can be read.</source>
        <translation>Это не обычный файл, а устройство, канал или сокет; читать можно только файлы.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB, more than can be imported.</source>
        <translation>Входные данные больше %1 МБ — больше, чем можно импортировать.</translation>
    </message>
</context>
<context>
    <name>DocumentReanchorer</name>
    <message>
        <source>Attribution of “%1”</source>
        <translation>Атрибуция «%1»</translation>
    </message>
    <message>
        <source>Claim on “%1”</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждение «%1»</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshot</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Документ %1 не существует.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: something added since it was removed has taken its place (%2 %3).</source>
        <translation>«%1» нельзя вернуть: его место заняло то, что было добавлено после удаления (%2 %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the same text has been imported again since it was removed.</source>
        <translation>«%1» нельзя вернуть: после удаления тот же текст был импортирован снова.</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>A sentence lies outside the document&apos;s text (%1–%2 of %3).</source>
        <translation>Предложение выходит за пределы текста документа (%1–%2 из %3).</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Документ %1 не существует.</translation>
    </message>
    <message>
        <source>There is no sentence %1.</source>
        <translation>Предложение %1 не существует.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>score the suggested attributions against labelled articles (JSON or text)</source>
        <translation>оценить предложенные атрибуции по размеченным статьям (JSON или текст)</translation>
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
        <translation>Использование: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]

Предлагает атрибуции для каждой размеченной статьи эталонного файла (JSONL, см.
docs/gold-format.md) и выводит точность, полноту и F1 по источникам в разрезе выборок, классов маркеров
и типов источников, а также пропущенные источники. Если указана папка, читаются все файлы *.jsonl в ней.

  --gold PATH      эталонный файл JSONL или папка с такими файлами (обязательно)
  --split SPLIT    только статьи этой выборки: all (по умолчанию), dev или test
  --format FORMAT  json (по умолчанию, один объект JSON) или text (сводка для чтения человеком)
  -h, --help       показать эту справку
</translation>
    </message>
    <message>
        <source>no *.jsonl file in &apos;%1&apos;</source>
        <translation>в «%1» нет файлов *.jsonl</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</source>
        <translation>создать отчёт или экспорт (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation>для --project требуется имя файла</translation>
    </message>
    <message>
        <source>--format needs a format</source>
        <translation>для --format требуется формат</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>для %1 требуется имя файла</translation>
    </message>
    <message>
        <source>--document needs a document id</source>
        <translation>для --document требуется идентификатор документа</translation>
    </message>
    <message>
        <source>--filter needs a filter</source>
        <translation>для --filter требуется фильтр</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter</source>
        <translation>для --page-size требуется a4 или letter</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>для --title требуется текст</translation>
    </message>
    <message>
        <source>--organisation needs a name</source>
        <translation>для --organisation требуется название</translation>
    </message>
    <message>
        <source>--organisation-url needs an address</source>
        <translation>для --organisation-url требуется адрес</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>параметр --format обязателен</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>неизвестный формат «%1»</translation>
    </message>
    <message>
        <source>-o is required (&apos;-&apos; for standard output)</source>
        <translation>параметр -o обязателен (&apos;-&apos; — стандартный вывод)</translation>
    </message>
    <message>
        <source>a %1 export is binary; give a file name to -o</source>
        <translation>экспорт в %1 — двоичный; укажите имя файла в -o</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (a4 or letter)</source>
        <translation>неизвестный размер страницы «%1» (a4 или letter)</translation>
    </message>
    <message>
        <source>the %1 format needs the font system; run it through the sourcelight executable</source>
        <translation>для формата %1 нужна система шрифтов; запустите экспорт через исполняемый файл sourcelight</translation>
    </message>
    <message>
        <source>export: %1%</source>
        <translation>экспорт: %1%</translation>
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
        <translation>Использование: sourcelight export --project FILE.sourcelight --format FORMAT [OPTIONS…] -o OUT

Записывает проект или указанные документы в формате FORMAT:
  html         аннотированный отчёт в одном самодостаточном файле
  pdf          тот же отчёт с разбивкой на страницы (A4 или Letter)
  md           тот же отчёт в формате Markdown
  csv          одна строка на утверждение (RFC 4180, UTF-8)
  json         экспорт без потерь, с версией формата; импортируется обратно в пустой проект
  w3c          коллекция W3C Web Annotation (JSON-LD)
  claimreview  schema.org ClaimReview (JSON-LD) для каждого утверждения с вердиктом
  qdpx         проект REFI-QDA для QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project FILE         экспортируемый проект
  --format FORMAT        один из перечисленных выше форматов
  -o, --output OUT       записываемый файл; &apos;-&apos; выводит текстовые форматы на стандартный вывод
  --document ID          только этот документ (можно повторять); по умолчанию — весь проект
  --all-versions         включить устаревшие версии повторно импортированных статей
                         (json включает их всегда)
  --filter F             только некоторые утверждения (можно повторять): verified, anonymous,
                         source=ID или NAME, verdict=NAME, type=NAME
  --page-size a4|letter  размер страницы PDF (по умолчанию a4)
  --bom                  начинать CSV с метки порядка байтов UTF-8
  --raw                  записывать ячейки CSV, начинающиеся с =, +, - или @, как есть (по умолчанию они
                         получают апостроф, чтобы электронные таблицы не выполняли их как формулы)
  --title TEXT           заголовок отчёта
  --organisation NAME    проверяющая организация (автор ClaimReview; по умолчанию из настроек)
  --organisation-url URL её веб-адрес
  --indent               выводить JSON с отступами (по умолчанию компактный, что гораздо быстрее)
  --progress             выводить ход выполнения в стандартный поток ошибок
  -h, --help             показать эту справку
</translation>
    </message>
</context>
<context>
    <name>GoldCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object (one article per line)</source>
        <translation>не объект JSON (одна статья на строку)</translation>
    </message>
    <message>
        <source>an article needs an id and relations</source>
        <translation>у статьи должны быть идентификатор (id) и отношения (relations)</translation>
    </message>
    <message>
        <source>relation %1 of %2 has a span outside the text or whose text does not match</source>
        <translation>у отношения %1 статьи %2 фрагмент выходит за пределы текста или его текст не совпадает</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--project needs a file name</source>
        <translation>для --project требуется имя файла</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>нет файлов для импорта</translation>
    </message>
    <message>
        <source>import articles (.txt, .md, .html) or restore a JSON backup into a project, one JSON line per file</source>
        <translation>импортировать статьи (.txt, .md, .html) или восстановить резервную копию JSON в проект, одна строка JSON на файл</translation>
    </message>
    <message>
        <source>a backup (.json) is restored on its own: give it as the only file</source>
        <translation>резервная копия (.json) восстанавливается отдельно: укажите её единственным файлом</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>для --timeout требуется число секунд</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>значение --timeout должно быть числом секунд от 1 до 3600</translation>
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
        <translation>Использование: sourcelight import --project FILE.sourcelight FILE|URL…
               sourcelight import --project NEW.sourcelight BACKUP.json

Импортирует каждую статью в проект (он создаётся, если не существует): её текст, метаданные,
предложения и предложенные атрибуции. Выводит по строке JSON на файл с его статусом: imported,
duplicate (такой же текст уже есть), updated (новая версия уже имеющейся статьи; аннотации
аналитика переносятся) или error. Завершается с кодом 1, если хотя бы один файл не импортирован.

Адрес http:// или https:// загружается (только сама страница, без того, на что она ссылается; не более 5
перенаправлений и 20 МБ) и импортируется с этим адресом в качестве URL; повторный импорт того же адреса
даёт новую версию, если страница изменилась.

Файл .json — это резервная копия (полный &apos;sourcelight export --format json&apos;): она восстанавливается
целиком, со всеми идентификаторами, утверждениями и строками истории, в новый проект или в проект без
документов и должна быть единственным указанным файлом. Проект, содержащий документы, отклоняется и
остаётся без изменений. Одна строка JSON со статусом restored или error.

  --project FILE     проект, в который выполняется импорт
  --timeout SECONDS  сколько ждать веб-страницу (по умолчанию 30)
  -h, --help         показать эту справку
</translation>
    </message>
    <message>
        <source>The server does not let you import into “%1”: only its admins may, and you are a %2 there.</source>
        <translation>Сервер не позволяет вам импортировать в «%1»: это могут только его администраторы, а вы там — %2.</translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>This is not a Sourcelight JSON export: %1 (at byte %2).</source>
        <translation>Это не экспорт Sourcelight в формате JSON: %1 (байт %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Sourcelight project export.</source>
        <translation>Этот файл JSON не является экспортом проекта Sourcelight.</translation>
    </message>
    <message>
        <source>This export is in format version %1; this version of Sourcelight reads up to version %2.</source>
        <translation>Этот экспорт имеет формат версии %1; эта версия Sourcelight читает форматы до версии %2 включительно.</translation>
    </message>
    <message>
        <source>Source %1 has an unknown kind “%2”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>У источника %1 неизвестный тип «%2».</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown origin, quote type or scope.</source>
        <translation>У атрибуции %1 неизвестное происхождение, тип цитаты или охват.</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown source count “%2”.</source>
        <translation>У атрибуции %1 неизвестное количество источников «%2».</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown type or verdict.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>У утверждения %1 неизвестный тип или вердикт.</translation>
    </message>
    <message>
        <source>This export holds only part of a project (chosen documents or filtered claims); only a complete export, written without --document or filters, can be restored.</source>
        <translation>Этот экспорт содержит лишь часть проекта (выбранные документы или отфильтрованные утверждения); восстановить можно только полный экспорт, записанный без --document и фильтров.</translation>
    </message>
    <message numerus="yes">
        <source>The project already holds %n document(s). A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</source>
        <translation>
            <numerusform>Проект уже содержит %n документ. Резервная копия восстанавливается только в проект без документов: восстановите её в новый файл проекта. Ничего не изменено.</numerusform>
            <numerusform>Проект уже содержит %n документа. Резервная копия восстанавливается только в проект без документов: восстановите её в новый файл проекта. Ничего не изменено.</numerusform>
            <numerusform>Проект уже содержит %n документов. Резервная копия восстанавливается только в проект без документов: восстановите её в новый файл проекта. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the reviewers&apos; own codings of %n document(s), and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</source>
        <translation>
            <numerusform>Резервная копия содержит собственные кодировки проверяющих для %n документа и отметки о завершении; файл проекта не может хранить независимую проверку, поэтому они пропущены. Восстановите копию в командный проект на сервере, чтобы сохранить их.</numerusform>
            <numerusform>Резервная копия содержит собственные кодировки проверяющих для %n документов и отметки о завершении; файл проекта не может хранить независимую проверку, поэтому они пропущены. Восстановите копию в командный проект на сервере, чтобы сохранить их.</numerusform>
            <numerusform>Резервная копия содержит собственные кодировки проверяющих для %n документов и отметки о завершении; файл проекта не может хранить независимую проверку, поэтому они пропущены. Восстановите копию в командный проект на сервере, чтобы сохранить их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer %1 has an unknown part “%2”.</source>
        <translation>У проверяющего %1 неизвестная роль «%2».</translation>
    </message>
    <message>
        <source>The backup has an unknown review mode “%1”.</source>
        <translation>В резервной копии неизвестный режим проверки «%1».</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>“%1”, of edits from an earlier session, is in the way.</source>
        <translation>«%1» с правками из прошлого сеанса мешает записи.</translation>
    </message>
    <message>
        <source>The file “%1” of edits sent already could not be removed.</source>
        <translation>Не удалось удалить файл «%1» с уже отправленными правками.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session could not be read from “%1”: %2</source>
        <translation>Не удалось прочитать правки прошлого сеанса, сохранённые на этом компьютере, из «%1»: %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>they were made on a project that was at this address before, not on this one</source>
        <translation>они сделаны в проекте, который раньше находился по этому адресу, а не в этом</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file is kept as “%2”.</source>
        <translation>Правки прошлого сеанса, сохранённые на этом компьютере, не отправлены: %1. Файл сохранён как «%2».</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file “%2” could not be renamed; it is left as it is.</source>
        <translation>Правки прошлого сеанса, сохранённые на этом компьютере, не отправлены: %1. Файл «%2» не удалось переименовать; он оставлен как есть.</translation>
    </message>
    <message>
        <source>another Sourcelight window of this login has the project open and keeps its own edits there.</source>
        <translation>другое окно Sourcelight с этим логином открыло проект и хранит там свои правки.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>There is no text to import.</source>
        <translation>Нет текста для импорта.</translation>
    </message>
    <message>
        <source>The same text is already in the project (document %1).</source>
        <translation>Такой же текст уже есть в проекте (документ %1).</translation>
    </message>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation>
            <numerusform>Новая версия документа %1; перенесена %n аннотация</numerusform>
            <numerusform>Новая версия документа %1; перенесены %n аннотации</numerusform>
            <numerusform>Новая версия документа %1; перенесено %n аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation>
            <numerusform>%n аннотацию не удалось разместить, она остаётся в старой версии: %1</numerusform>
            <numerusform>%n аннотации не удалось разместить, они остаются в старой версии: %1</numerusform>
            <numerusform>%n аннотаций не удалось разместить, они остаются в старой версии: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStats</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Attributed sentences</source>
        <translation>Предложения с атрибуцией</translation>
    </message>
    <message>
        <source>Reviewed sentences</source>
        <translation>Проверенные предложения</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <translation>Утверждения, основанные на анонимных источниках</translation>
    </message>
    <message>
        <source>Per verdict</source>
        <comment>verdict: the finding about a claim</comment>
        <translation>По вердиктам</translation>
    </message>
    <message>
        <source>Per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>По источникам</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>upload a project file to a PostgreSQL server for team review</source>
        <translation>загрузить файл проекта на сервер PostgreSQL для командной проверки</translation>
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
        <translation>Использование: sourcelight publish --project ФАЙЛ.sourcelight --to postgresql://ПОЛЬЗОВАТЕЛЬ@УЗЕЛ/БАЗА

Копирует файл проекта целиком (все документы и версии, источники, утверждения, теги, историю) в пустую
базу данных на сервере PostgreSQL, где команда затем открывает его по адресу. База данных должна
существовать и не содержать проекта с документами; файл только читается. Выводит одну строку JSON.

  --project ФАЙЛ   публикуемый файл проекта
  --to АДРЕС       проект на сервере (пароль из ~/.pgpass или PGPASSWORD)
  -h, --help       показать эту справку
</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>The document could not be put back: %1</source>
        <translation>Не удалось вернуть документ: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no document %1 in the project.</source>
        <translation>В проекте нет документа %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>ReportFilterParser</name>
    <message>
        <source>there is no source &apos;%1&apos; in the project</source>
        <comment>source: who a claim comes from</comment>
        <translation>в проекте нет источника «%1»</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>неизвестный фильтр «%1»</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation>Отчёт HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Отчёт Markdown</translation>
    </message>
    <message>
        <source>CSV table of claims</source>
        <translation>Таблица утверждений CSV</translation>
    </message>
    <message>
        <source>Sourcelight JSON (lossless, re-importable)</source>
        <translation>Sourcelight JSON (без потерь, с возможностью повторного импорта)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проект REFI-QDA (.qdpx)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>suggested</source>
        <comment>attribution origin</comment>
        <translation>предложено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>attribution origin</comment>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>attribution origin</comment>
        <translation>изменено</translation>
    </message>
    <message>
        <source>source %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>Author (the article&apos;s own voice)</source>
        <translation>Автор (собственный голос статьи)</translation>
    </message>
    <message>
        <source>Source review: %1</source>
        <translation>Проверка источников: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation>
            <numerusform>весь проект (%n документ)</numerusform>
            <numerusform>весь проект (%n документа)</numerusform>
            <numerusform>весь проект (%n документов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n выбранный документ</numerusform>
            <numerusform>%n выбранных документа</numerusform>
            <numerusform>%n выбранных документов</numerusform>
        </translation>
    </message>
    <message>
        <source>only verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>только проверенные утверждения</translation>
    </message>
    <message>
        <source>only claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>только утверждения, основанные на анонимных источниках</translation>
    </message>
    <message>
        <source>source: %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>источник: %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>вердикт: %1</translation>
    </message>
    <message>
        <source>claim type: %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>тип утверждения: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Предложения по источникам</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждения по вердиктам</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Атрибуции</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Предложения, основанные на источнике</translation>
    </message>
    <message>
        <source>Attributions confirmed by an analyst</source>
        <translation>Атрибуции, подтверждённые аналитиком</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждения, основанные на анонимных источниках</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник</translation>
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
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждение</translation>
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
        <translation>Заметка</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation>Документ без заголовка %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Согласие между рецензентами</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Криппендорфа</translation>
    </message>
    <message>
        <source>Sentences coded twice or more</source>
        <translation>Предложения, закодированные дважды и более</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Рецензенты</translation>
    </message>
    <message>
        <source>Per pair: agreement, Cohen&apos;s κ</source>
        <translation>По парам: согласие, κ Коэна</translation>
    </message>
    <message>
        <source>%1–%2: %3 %, κ %4</source>
        <translation>%1–%2: %3 %, κ %4</translation>
    </message>
    <message>
        <source>Independent codings by %1. Each sentence is a unit; a reviewer&apos;s value is their own decision, or the suggestion they let stand once they marked the document done. α is Krippendorff&apos;s alpha for nominal data (1: perfect agreement, 0: chance); — where it is undefined (too few values, or no variation).</source>
        <translation>Независимое кодирование: %1. Каждое предложение — единица; значение рецензента — его собственное решение или предложение, которое он оставил, отметив документ готовым. α — альфа Криппендорфа для номинальных данных (1: полное согласие, 0: случайность); — там, где она не определена (слишком мало значений или нет вариации).</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Тег «%1»</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Анонимность</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Тип цитаты</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Тип утверждения</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Не удаётся записать отчёт: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade of the project to version %1 is missing from this build.</source>
        <translation>В этой сборке отсутствует обновление проекта до версии %1.</translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1 (%2): %3</source>
        <translation>Не удалось обновить проект до версии %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaries</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 нет.</translation>
    </message>
    <message>
        <source>A sentence cannot be split at its edge: place the cursor between two of its words.</source>
        <translation>Предложение нельзя разделить на его границе: поставьте курсор между двумя его словами.</translation>
    </message>
    <message>
        <source>The claimed words cross that point: split the sentence elsewhere.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Слова утверждения проходят через это место: разделите предложение в другом месте.</translation>
    </message>
    <message>
        <source>This is the last sentence of the article: there is no next sentence to merge it with.</source>
        <translation>Это последнее предложение статьи: нет следующего предложения, с которым его можно объединить.</translation>
    </message>
    <message>
        <source>The sentences have changed since; their boundaries cannot be put back.</source>
        <translation>С тех пор предложения изменились; их границы нельзя восстановить.</translation>
    </message>
    <message>
        <source>Sentence %1 cannot be put back: its id has been taken since.</source>
        <translation>Предложение %1 нельзя восстановить: его идентификатор с тех пор занят.</translation>
    </message>
    <message>
        <source>The sentence was split or merged by someone else meanwhile; look at it again.</source>
        <translation>Тем временем предложение разделил или объединил кто-то другой; посмотрите на него ещё раз.</translation>
    </message>
    <message>
        <source>Reviewers have coded this sentence on their own: its boundaries stay as they coded it (a split or a merge would leave their codings on other words, or drop them). Split and merge sentences before independent coding begins.</source>
        <translation>Проверяющие уже закодировали это предложение независимо: его границы остаются такими, какими они его кодировали (разделение или слияние оставило бы их кодировки на других словах или удалило бы их). Разделяйте и объединяйте предложения до начала независимого кодирования.</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaryCommand</name>
    <message>
        <source>The sentence boundaries could not be put back: %1</source>
        <translation>Не удалось восстановить границы предложений: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>«%1» — не адрес PostgreSQL (postgresql://пользователь@узел:порт/база).</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>«%1» — недопустимый адрес PostgreSQL: %2</translation>
    </message>
    <message>
        <source>The address “%1” names no database: write it as postgresql://host/database.</source>
        <translation>В адресе «%1» не указана база данных: запишите его как postgresql://узел/база.</translation>
    </message>
    <message>
        <source>The address “%1” has a port that is not a number.</source>
        <translation>В адресе «%1» порт указан не числом.</translation>
    </message>
    <message>
        <source>The option “%1” of the address “%2” holds a character Sourcelight cannot pass on.</source>
        <translation>Параметр «%1» адреса «%2» содержит символ, который Sourcelight не может передать.</translation>
    </message>
    <message>
        <source>The address “%1” has an option Sourcelight does not know: “%2”.</source>
        <translation>В адресе «%1» есть параметр, неизвестный Sourcelight: «%2».</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>A source needs a name.</source>
        <comment>source: who a claim comes from</comment>
        <translation>У источника должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a source called “%1”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник «%1» уже существует.</translation>
    </message>
    <message>
        <source>A source cannot be affiliated with itself or one of its own affiliates.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник не может быть связан с самим собой или с одним из связанных с ним источников.</translation>
    </message>
    <message>
        <source>“%1” is still cited by attributions; merge it into another source instead.</source>
        <comment>source: who a claim comes from</comment>
        <translation>На «%1» всё ещё ссылаются атрибуции; вместо удаления объедините его с другим источником.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник %1 не существует.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AboutDialog</name>
    <message>
        <source>About Sourcelight</source>
        <translation>О программе Sourcelight</translation>
    </message>
    <message>
        <source>Source-attributed claim review: who said what, through whom.</source>
        <translation>Проверка утверждений с атрибуцией источников: кто что сказал и через кого.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
KDE Frameworks SyntaxHighlighting %3</source>
        <translation>Qt %1 (собрано с %2)
KDE Frameworks SyntaxHighlighting %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationDialog</name>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Разрешение разногласий</translation>
    </message>
    <message>
        <source>&amp;Go to Sentence</source>
        <translation>&amp;Перейти к предложению</translation>
    </message>
    <message>
        <source>Use %1&apos;s (%2)</source>
        <translation>Взять решение: %1 (%2)</translation>
    </message>
    <message>
        <source>The reviewers agree on every sentence of this document they coded.</source>
        <translation>Рецензенты согласны по каждому закодированному ими предложению этого документа.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</source>
        <translation>
            <numerusform>%n предложение этого документа, по которому рецензенты расходятся. Выберите строку, затем чьё решение станет итоговым.</numerusform>
            <numerusform>%n предложения этого документа, по которым рецензенты расходятся. Выберите строку, затем чьё решение станет итоговым.</numerusform>
            <numerusform>%n предложений этого документа, по которым рецензенты расходятся. Выберите строку, затем чьё решение станет итоговым.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationModel</name>
    <message>
        <source>%1 did not code this sentence.</source>
        <translation>%1 не кодировал(а) это предложение.</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>[suggested]</source>
        <translation>[предложено]</translation>
    </message>
    <message>
        <source>no claim</source>
        <translation>нет утверждения</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleDetailsDialog</name>
    <message>
        <source>New Article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. 2024-05-17</source>
        <translation>например, 2024-05-17</translation>
    </message>
    <message>
        <source>Beginning of the article</source>
        <translation>Начало статьи</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
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
        <translation>И&amp;мпортировать</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleFetcher</name>
    <message>
        <source>The address gives “%1”, not a web page or text; only HTML and text can be imported.</source>
        <translation>По адресу находится «%1», а не веб-страница или текст; импортировать можно только HTML и текст.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB, more than can be imported.</source>
        <translation>Страница больше %1 МБ — больше, чем можно импортировать.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not send the page within %n second(s).</source>
        <translation>
            <numerusform>Сервер не прислал страницу за %n секунду.</numerusform>
            <numerusform>Сервер не прислал страницу за %n секунды.</numerusform>
            <numerusform>Сервер не прислал страницу за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the address of a web page.</source>
        <translation>Введите адрес веб-страницы.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» не является веб-адресом.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported, not “%1”.</source>
        <translation>Импортировать можно только адреса http и https, а не «%1».</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>The server sent an empty page.</source>
        <translation>Сервер прислал пустую страницу.</translation>
    </message>
    <message>
        <source>The page “%1” was not found (HTTP %2).</source>
        <translation>Страница «%1» не найдена (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused access to the page “%1” (HTTP %2).</source>
        <translation>Сервер отказал в доступе к странице «%1» (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered “%1” with an error (HTTP %2 %3).</source>
        <translation>Сервер ответил на «%1» ошибкой (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The server “%1” was not found: check the address and the network connection.</source>
        <translation>Сервер «%1» не найден: проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server “%1” refused the connection.</source>
        <translation>Сервер «%1» отклонил соединение.</translation>
    </message>
    <message>
        <source>The server “%1” closed the connection before sending the page.</source>
        <translation>Сервер «%1» закрыл соединение, не отправив страницу.</translation>
    </message>
    <message>
        <source>The server “%1” did not answer in time.</source>
        <translation>Сервер «%1» не ответил вовремя.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to “%1”: %2</source>
        <translation>Не удалось установить защищённое (TLS) соединение с «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The page redirects too often (more than %n time(s)).</source>
        <translation>
            <numerusform>Страница перенаправляет слишком часто (более %n раза).</numerusform>
            <numerusform>Страница перенаправляет слишком часто (более %n раз).</numerusform>
            <numerusform>Страница перенаправляет слишком часто (более %n раз).</numerusform>
        </translation>
    </message>
    <message>
        <source>The page redirects from a secure (https) address to an insecure one; the redirect was not followed.</source>
        <translation>Страница перенаправляет с защищённого адреса (https) на незащищённый; перенаправление не выполнено.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Импортировать можно только адреса http и https.</translation>
    </message>
    <message>
        <source>The page “%1” could not be fetched: %2</source>
        <translation>Не удалось загрузить страницу «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleIntake</name>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Новая статья из &amp;буфера обмена…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Импортировать по &amp;URL…</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Перед импортом откройте проект, доступный для записи.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy the article in the browser first.</source>
        <translation>В буфере обмена нет текста для импорта: сначала скопируйте статью в браузере.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Импорт %1 отменён.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Не удалось импортировать %1: %2</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Импорт «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n sentence(s)).</source>
        <translation>
            <numerusform>Импортировано «%1» (%n предложение).</numerusform>
            <numerusform>Импортировано «%1» (%n предложения).</numerusform>
            <numerusform>Импортировано «%1» (%n предложений).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionEditor</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation>Введите имя или псевдоним…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>New source…</source>
        <comment>who a claim comes from</comment>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>New source</source>
        <comment>who a claim comes from</comment>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>&amp;Через:</translation>
    </message>
    <message>
        <source>Via chain, nearest to the reader first</source>
        <translation>Цепочка посредников, начиная с ближайшего к читателю</translation>
    </message>
    <message>
        <source>Add a conduit</source>
        <translation>Добавить посредника</translation>
    </message>
    <message>
        <source>Add an outlet or person…</source>
        <translation>Добавить издание или человека…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add conduit</source>
        <translation>Добавить посредника</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove conduit</source>
        <translation>Удалить посредника</translation>
    </message>
    <message>
        <source>Move conduit up</source>
        <translation>Переместить посредника выше</translation>
    </message>
    <message>
        <source>Move conduit down</source>
        <translation>Переместить посредника ниже</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Под своим именем</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>How many speakers</source>
        <translation>Сколько говорящих</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Title or role of the source</source>
        <comment>who a claim comes from</comment>
        <translation>Должность или роль источника</translation>
    </message>
    <message>
        <source>e.g. National Security Council spokesman</source>
        <translation>например, представитель Совета национальной безопасности</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Тип цитаты</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Нет предложения</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionPanel</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>No sentence selected. Click a sentence, or press J and K to move through them.</source>
        <translation>Предложение не выбрано. Щёлкните предложение или перемещайтесь по ним клавишами J и K.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionSuggester</name>
    <message>
        <source> (pronoun with no earlier source)</source>
        <translation> (местоимение без упомянутого ранее источника)</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, через %1</translation>
    </message>
    <message>
        <source>, off the record</source>
        <translation>, на условиях анонимности</translation>
    </message>
    <message>
        <source>attributed by a later sentence: &apos;%1&apos;</source>
        <translation>атрибуция в последующем предложении: «%1»</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; continues %2</source>
        <translation>безличный маркер «%1» продолжает атрибуцию источнику %2</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; with no source named earlier</source>
        <translation>безличный маркер «%1» без названного ранее источника</translation>
    </message>
    <message>
        <source>headline or subheading: the article&apos;s own voice</source>
        <translation>заголовок или подзаголовок: собственный голос статьи</translation>
    </message>
    <message>
        <source>continues the quotation of %1</source>
        <translation>продолжение цитаты источника %1</translation>
    </message>
    <message>
        <source>quotation following one by %1</source>
        <translation>цитата вслед за цитатой источника %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues %2</source>
        <translation>«%1» продолжает атрибуцию источнику %2</translation>
    </message>
    <message>
        <source>hedged claim in a paragraph attributed to %1</source>
        <translation>утверждение с оговорками в абзаце, атрибутированном источнику %1</translation>
    </message>
    <message>
        <source>no attribution cue: the article&apos;s own voice</source>
        <translation>нет маркера атрибуции: собственный голос статьи</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер «%1» перед «%2»</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер «%1» после «%2»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер позиции «%1» перед «%2»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер позиции «%1» после «%2»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер убеждения «%1» перед «%2»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер убеждения «%1» после «%2»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>маркер доказательства «%1» перед «%2»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>маркер доказательства «%1» после «%2»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>существительное атрибуции «%1» перед «%2»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>существительное атрибуции «%1» после «%2»</translation>
    </message>
    <message>
        <source>colon &apos;%1&apos; after &apos;%2&apos; introduces a quotation</source>
        <translation>двоеточие «%1» после «%2» вводит цитату</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <comment>claim type</comment>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Тип утверждения</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Вердикт:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Уверенность:</translation>
    </message>
    <message>
        <source>Confidence in the verdict</source>
        <translation>Уверенность в вердикте</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>What you checked, what is missing…</source>
        <translation>Что вы проверили, чего не хватает…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Доказ&amp;ательства:</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Ссылки на доказательства</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add evidence link</source>
        <translation>Добавить ссылку на доказательство</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove evidence link</source>
        <translation>Удалить ссылку на доказательство</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Тег %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Последнее изменение: %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
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
        <translation>Безымянная организация по проверке фактов</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
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
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Источник</translation>
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
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <comment>reviewed statements</comment>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Фильтр утверждений</translation>
    </message>
    <message>
        <source>Filter claims by text or note…</source>
        <translation>Фильтр утверждений по тексту или заметке…</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Любой вердикт</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Фильтр по вердикту</translation>
    </message>
    <message>
        <source>Any type</source>
        <comment>claim type</comment>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation>Фильтр по типу утверждения</translation>
    </message>
    <message>
        <source>Any kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Любой тип источника</translation>
    </message>
    <message>
        <source>Filter by kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Фильтр по типу источника</translation>
    </message>
    <message>
        <source>Named or anonymous</source>
        <translation>Названные и анонимные</translation>
    </message>
    <message>
        <source>Anonymous sources only</source>
        <translation>Только анонимные источники</translation>
    </message>
    <message>
        <source>Named sources only</source>
        <translation>Только названные источники</translation>
    </message>
    <message>
        <source>Filter by anonymity</source>
        <translation>Фильтр по анонимности</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Любой рецензент</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Фильтр по рецензенту</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 of %5 sentences reviewed</source>
        <translation>%1
%2 · %3
Проверено предложений: %4 из %5</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
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
        <translation>Сохранено как «%1»; значение останется, если вы не выберете дату.</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Сведения о статье</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Веб-адрес:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <comment>publication date</comment>
        <translation>&amp;Неизвестно</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Give an address starting with http:// or https://, or leave it empty.</source>
        <translation>Укажите адрес, начинающийся с http:// или https://, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The sentences and suggestions stay as they were found; the new language is stored with the article and used by exports.</source>
        <translation>Предложения текста и предложенные атрибуции остаются такими, какими были найдены; новый язык сохраняется вместе со статьёй и используется при экспорте.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>language</comment>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Язык статьи</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentPane</name>
    <message>
        <source>&amp;Find in the Article…</source>
        <translation>&amp;Найти в статье…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти с&amp;ледующее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пре&amp;дыдущее</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <comment>what the marks in the document pane mean</comment>
        <translation>&amp;Условные обозначения</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>No article is open. Import one from the File menu or pick one in the Library.</source>
        <translation>Статья не открыта. Импортируйте статью через меню «Файл» или выберите её в библиотеке.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DurableSync</name>
    <message>
        <source>“%1” could not be written to the disk: %2</source>
        <translation>«%1» не удалось записать на диск: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EditConflictPrompt</name>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Изменено тем временем</translation>
    </message>
    <message>
        <source>Someone else changed this while your edit “%1” was on its way. Yours was not saved yet.</source>
        <translation>Кто-то другой изменил это, пока ваша правка «%1» была в пути. Ваша ещё не сохранена.</translation>
    </message>
    <message>
        <source>Sentence %1: %2</source>
        <translation>Предложение %1: %2</translation>
    </message>
    <message>
        <source>Theirs: %1

Yours: %2</source>
        <translation>Их: %1

Ваша: %2</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Save &amp;Mine</source>
        <translation>Сохранить &amp;мою</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Добавление доказательства</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«%1» не является веб-адресом (http или https).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Current document</source>
        <translation>Т&amp;екущий документ</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation>
            <numerusform>В&amp;ыбранные документы (%n)</numerusform>
            <numerusform>В&amp;ыбранные документы (%n)</numerusform>
            <numerusform>В&amp;ыбранные документы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>&amp;Весь проект</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Only &amp;verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Только &amp;проверенные утверждения</translation>
    </message>
    <message>
        <source>Only claims resting on &amp;anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Только утверждения, основанные на &amp;анонимных источниках</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Any source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Любой вердикт</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Тип утверждения</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <comment>source: who a claim comes from</comment>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>V&amp;erdict:</source>
        <translation>Вер&amp;дикт:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
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
        <translation>Размер страницы</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Метка порядка байтов (для электронных таблиц)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Размер страницы:</translation>
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
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Создание предварительного просмотра…</translation>
    </message>
    <message>
        <source>Preview of the first documents; the export contains all of them.</source>
        <translation>Показаны первые документы; экспорт будет содержать все.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Keep cells that look like formulas as they are</source>
        <translation>Оставлять как есть ячейки, похожие на формулы</translation>
    </message>
    <message>
        <source>By default a cell that begins with =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>По умолчанию ячейка, начинающаяся с =, +, - или @, получает апостроф в начале, чтобы электронная таблица показала её как текст, а не выполнила как формулу.</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s own &amp;decisions too</source>
        <translation>Также собственные &amp;решения каждого рецензента</translation>
    </message>
    <message>
        <source>Besides the final decisions, each reviewer&apos;s own attributions and claims, as far as the server lets you read them (CSV and JSON).</source>
        <translation>Помимо окончательных решений — собственные атрибуции и утверждения каждого рецензента, насколько сервер позволяет вам их читать (CSV и JSON).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::FindBar</name>
    <message>
        <source>Find in the article…</source>
        <translation>Найти в статье…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Поиск в статье</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Закрыть панель поиска (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <comment>found in the article</comment>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the current match of all matches in the article</comment>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::HtmlReportWriter</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Проверяющая организация</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Рецензенты</translation>
    </message>
    <message>
        <source>Other sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Другие источники</translation>
    </message>
    <message>
        <source>Made with Sourcelight %1.</source>
        <translation>Создано в Sourcelight %1.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимный</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ImportUrlDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Импорт по URL</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Only the page itself is fetched: its text and what it says about itself (title, outlet, author, date). Nothing it refers to is loaded.</source>
        <translation>Загружается только сама страница: её текст и то, что она сообщает о себе (заголовок, издание, автор, дата). Ничего из того, на что она ссылается, не загружается.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
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
        <translation>Источник подтверждён</translation>
    </message>
    <message>
        <source>Source, suggested</source>
        <comment>who a claim comes from</comment>
        <translation>Источник предложен</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Собственный голос автора</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <comment>who a claim comes from</comment>
        <translation>Анонимный источник</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>Current sentence</source>
        <translation>Текущее предложение</translation>
    </message>
    <message>
        <source>Tint: the colour of the source a sentence rests on, solid once a reviewer confirmed it, lighter while it is only suggested; no tint: the author&apos;s own voice. Dashed frame: an anonymous source. Underline: the claim&apos;s verdict. Outline: the current sentence.</source>
        <translation>Заливка: цвет источника, на который опирается предложение; насыщенная, когда рецензент подтвердил источник, и светлее, пока он только предложен; без заливки — собственный голос автора. Пунктирная рамка — анонимный источник. Подчёркивание — вердикт утверждения. Контур — текущее предложение.</translation>
    </message>
    <message>
        <source>Legend of the document pane</source>
        <translation>Условные обозначения панели документа</translation>
    </message>
    <message>
        <source>Hide the legend (View menu: Legend)</source>
        <translation>Скрыть условные обозначения (меню «Вид»: «Условные обозначения»)</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Скрыть условные обозначения</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryController</name>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation>Удалить «%1» из проекта?</translation>
    </message>
    <message>
        <source>It has %1 and %2. %3 puts it back with everything on it until the project is closed.</source>
        <translation>В ней %1 и %2. Пока проект не закрыт, %3 вернёт её со всем содержимым.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed attribution(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n проверенная атрибуция</numerusform>
            <numerusform>%n проверенные атрибуции</numerusform>
            <numerusform>%n проверенных атрибуций</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Сведения о &amp;статье…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, author, web address, date or language of the article</source>
        <translation>Исправить заголовок, издание, автора, веб-адрес, дату или язык статьи</translation>
    </message>
    <message>
        <source>&amp;Remove Article…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <source>Remove the article with its claims from the project (undoable)</source>
        <translation>Удалить статью вместе с её утверждениями из проекта (можно отменить)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Search documents…</source>
        <translation>Поиск документов…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Поиск документов</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
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
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>&amp;About Sourcelight</source>
        <translation>&amp;О программе Sourcelight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Вердикт</translation>
    </message>
    <message>
        <source>Claim &amp;Type</source>
        <translation>&amp;Тип утверждения</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <comment>who claims come from</comment>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Переименовать источник…</translation>
    </message>
    <message>
        <source>&amp;Merge Source Into…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Объединить источник с…</translation>
    </message>
    <message>
        <source>Show &amp;All Sources</source>
        <comment>who claims come from</comment>
        <translation>Показать &amp;все источники</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Не удалось открыть проект «%1»: %2</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Проект только для чтения</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[только для чтения]</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight)</source>
        <translation>Проекты Sourcelight (*.sourcelight)</translation>
    </message>
    <message>
        <source>“%1” already exists; it is opened instead of being replaced.</source>
        <translation>«%1» уже существует; файл будет открыт, а не заменён.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight);;All files (*)</source>
        <translation>Проекты Sourcelight (*.sourcelight);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Перед импортом откройте проект, доступный для записи.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Импорт %n статьи…</numerusform>
            <numerusform>Импорт %n статей…</numerusform>
            <numerusform>Импорт %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Импортирована %n статья.</numerusform>
            <numerusform>Импортировано %n статьи.</numerusform>
            <numerusform>Импортировано %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>Не удалось импортировать %n файл; остальные импортированы.</numerusform>
            <numerusform>Не удалось импортировать %n файла; остальные импортированы.</numerusform>
            <numerusform>Не удалось импортировать %n файлов; остальные импортированы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Source</source>
        <comment>who a claim comes from</comment>
        <translation>Переименование источника</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <comment>who a claim comes from</comment>
        <translation>Объединение источников</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Тип утверждения</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation>Перед экспортом откройте проект.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>&amp;Import Articles or Backup…</source>
        <translation>&amp;Импортировать статьи или резервную копию…</translation>
    </message>
    <message>
        <source>Import Articles or Restore a Backup</source>
        <translation>Импортировать статьи или восстановить резервную копию</translation>
    </message>
    <message>
        <source>Articles and backups (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight backups (*.json);;All files (*)</source>
        <translation>Статьи и резервные копии (*.txt *.md *.markdown *.html *.htm *.json);;Резервные копии Sourcelight (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A Sourcelight backup (.json) is restored on its own: choose it without articles or other backups.</source>
        <translation>Резервная копия Sourcelight (.json) восстанавливается отдельно: выберите её без статей и других резервных копий.</translation>
    </message>
    <message>
        <source>None of these files can be imported (text, Markdown or HTML).</source>
        <translation>Ни один из этих файлов нельзя импортировать (текст, Markdown или HTML).</translation>
    </message>
    <message>
        <source>Restore Backup Into a New Project</source>
        <translation>Восстановить резервную копию в новый проект</translation>
    </message>
    <message>
        <source>Restoring the backup “%1”…</source>
        <translation>Восстановление резервной копии «%1»…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored: %2</source>
        <translation>Не удалось восстановить резервную копию «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from “%1”.</source>
        <translation>
            <numerusform>Восстановлен %n документ из «%1».</numerusform>
            <numerusform>Восстановлено %n документа из «%1».</numerusform>
            <numerusform>Восстановлено %n документов из «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;How Good Were the Suggestions?</source>
        <translation>Нас&amp;колько хороши были предложения?</translation>
    </message>
    <message>
        <source>Open a project to see how its suggestions were reviewed.</source>
        <translation>Откройте проект, чтобы увидеть, как были проверены его предложения.</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>Искать в &amp;библиотеке…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Project…</source>
        <translation>Подключиться к &amp;командному проекту…</translation>
    </message>
    <message>
        <source>&amp;Mark Document Done</source>
        <translation>&amp;Отметить документ как готовый</translation>
    </message>
    <message>
        <source>Independent review: you have coded this document. You may then see the other reviewers&apos; codings of it, and no longer change yours.</source>
        <translation>Независимая проверка: вы закодировали этот документ. После этого вы увидите результаты кодирования других рецензентов и больше не сможете менять свои.</translation>
    </message>
    <message>
        <source>Marking a document done is for reviewers of a team project in independent review.</source>
        <translation>Отмечать документ как готовый могут рецензенты командного проекта в режиме независимой проверки.</translation>
    </message>
    <message>
        <source>Marked done. Your decisions on this document are final; a curator can open it again for you.</source>
        <translation>Отмечено как готовое. Ваши решения по этому документу окончательны; куратор может снова открыть его для вас.</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements…</source>
        <translation>&amp;Разрешить разногласия…</translation>
    </message>
    <message>
        <source>Independent review: the sentences of this document the reviewers disagree on, side by side; pick the final decision.</source>
        <translation>Независимая проверка: предложения этого документа, по которым рецензенты расходятся, рядом; выберите итоговое решение.</translation>
    </message>
    <message>
        <source>Adjudicating is for curators and admins of a team project in independent review.</source>
        <translation>Разрешать разногласия могут кураторы и администраторы командного проекта в режиме независимой проверки.</translation>
    </message>
    <message>
        <source>Open a document to adjudicate its sentences.</source>
        <translation>Откройте документ, чтобы разрешить разногласия по его предложениям.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>the analyst&apos;s name, their part, the review mode</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>independent review</source>
        <translation>независимая проверка</translation>
    </message>
    <message>
        <source>shared review</source>
        <translation>совместная проверка</translation>
    </message>
    <message>
        <source>Edits not sent</source>
        <translation>Правки не отправлены</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made offline when the project was last open were sent to the server.</source>
        <translation>
            <numerusform>%n правка, сделанная без связи при прошлом открытии проекта, отправлена на сервер.</numerusform>
            <numerusform>%n правки, сделанные без связи при прошлом открытии проекта, отправлены на сервер.</numerusform>
            <numerusform>%n правок, сделанных без связи при прошлом открытии проекта, отправлены на сервер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</source>
        <translation>
            <numerusform>%n правка, сделанная, пока сервер был недоступен, ждёт отправки и не может быть сохранена на этом компьютере. Если закрыть проект сейчас, она пропадёт. Всё равно закрыть?</numerusform>
            <numerusform>%n правки, сделанные, пока сервер был недоступен, ждут отправки и не могут быть сохранены на этом компьютере. Если закрыть проект сейчас, они пропадут. Всё равно закрыть?</numerusform>
            <numerusform>%n правок, сделанных, пока сервер был недоступен, ждут отправки и не могут быть сохранены на этом компьютере. Если закрыть проект сейчас, они пропадут. Всё равно закрыть?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MarkdownReportWriter</name>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Охват: %1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Проверяющая организация:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(анонимный)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::NewSourceDialog</name>
    <message>
        <source>New Source</source>
        <comment>who a claim comes from</comment>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Source name</source>
        <comment>who a claim comes from</comment>
        <translation>Имя источника</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Принадлежность:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::PdfReportWriter</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Не удаётся записать PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Принятие предложения</translation>
    </message>
    <message>
        <source>The suggestion was rejected.</source>
        <translation>Предложение отклонено.</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Отклонение предложения</translation>
    </message>
    <message>
        <source>Set source to %1</source>
        <translation>Выбор источника: %1</translation>
    </message>
    <message>
        <source>Change via chain</source>
        <translation>Изменение цепочки посредников</translation>
    </message>
    <message>
        <source>Change source profile</source>
        <translation>Изменение профиля источника</translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation>Изменение типа цитаты</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Выбор вердикта</translation>
    </message>
    <message>
        <source>Set claim type</source>
        <translation>Выбор типа утверждения</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Изменение заметки</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Выбор уверенности</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавление тега</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавление доказательства</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Удаление доказательства</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <translation>Создание источника %1</translation>
    </message>
    <message>
        <source>Rename source %1</source>
        <translation>Переименование источника %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Объединение %1 с %2</translation>
    </message>
    <message>
        <source>needs second source</source>
        <translation>нужен второй источник</translation>
    </message>
    <message>
        <source>Rests on a single source; look for corroboration.</source>
        <translation>Основано на единственном источнике; найдите подтверждение.</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>с оговорками</translation>
    </message>
    <message>
        <source>Worded with reportedly, allegedly, could or similar.</source>
        <translation>Сформулировано с «по сообщениям», «предположительно», «может» и т. п.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>Contains a figure to check.</source>
        <translation>Содержит число, которое нужно проверить.</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>вернуться позже</translation>
    </message>
    <message>
        <source>Come back to it later.</source>
        <translation>Вернуться к этому позже.</translation>
    </message>
    <message>
        <source>%1 It was closed so that nothing more is written to it.</source>
        <translation>%1 Проект закрыт, чтобы в него больше ничего не записывалось.</translation>
    </message>
    <message>
        <source>The project could not be read through to check it for damage: %1</source>
        <translation>Не удалось прочитать проект целиком, чтобы проверить его на повреждения: %1</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Изменение сведений о статье %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удаление статьи %1</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>Разделение предложения</translation>
    </message>
    <message>
        <source>Split the sentence in two.</source>
        <translation>Предложение разделено на два.</translation>
    </message>
    <message>
        <source>Merge sentences</source>
        <translation>Объединение предложений</translation>
    </message>
    <message>
        <source>Merged; the second sentence&apos;s attribution to %1 was dropped.</source>
        <translation>Объединено; атрибуция второго предложения к %1 отброшена.</translation>
    </message>
    <message>
        <source>Merged the sentence with the next one.</source>
        <translation>Предложение объединено со следующим.</translation>
    </message>
    <message>
        <source>Select the words of the claim in the article first.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Сначала выделите слова утверждения в статье.</translation>
    </message>
    <message>
        <source>The selection crosses sentences: a claim&apos;s words must lie in one sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Выделение захватывает несколько предложений: слова утверждения должны быть в одном предложении.</translation>
    </message>
    <message>
        <source>Claim the selected words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждение по выделенным словам</translation>
    </message>
    <message>
        <source>The claim is the whole sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Утверждение — всё предложение.</translation>
    </message>
    <message>
        <source>The claim is now “%1”.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Теперь утверждение — «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be saved and was undone: %2</source>
        <translation>«%1» не удалось сохранить, действие отменено: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>«%1» не удалось отменить: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.</source>
        <translation>
            <numerusform>%n правку не удалось сохранить на диск, она отменена: %1 Повторите её, когда диск снова заработает.</numerusform>
            <numerusform>%n правки не удалось сохранить на диск, они отменены: %1 Повторите их, когда диск снова заработает.</numerusform>
            <numerusform>%n правок не удалось сохранить на диск, они отменены: %1 Повторите их, когда диск снова заработает.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved to the disk: %1</source>
        <translation>Проект не удалось сохранить на диск: %1</translation>
    </message>
    <message>
        <source>The claim&apos;s words were not saved.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Слова утверждения не сохранены.</translation>
    </message>
    <message>
        <source>Only a reviewer coding independently marks a document done, with the document open.</source>
        <translation>Отметить документ как готовый может только рецензент, кодирующий независимо, при открытом документе.</translation>
    </message>
    <message>
        <source>Adopt %1&apos;s decision</source>
        <translation>Принять решение: %1</translation>
    </message>
    <message>
        <source>Adopt attribution</source>
        <translation>Принять атрибуцию</translation>
    </message>
    <message>
        <source>“%1”, made while offline, was not saved: %2</source>
        <translation>«%1», сделанная без соединения, не сохранена: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost. “%1” and the review edits after it wait here, kept on this computer, and are sent when it is back (or when the project is next opened).</source>
        <translation>Связь с сервером потеряна. «%1» и следующие за ней правки ждут здесь, сохранённые на этом компьютере, и будут отправлены, когда связь вернётся (или при следующем открытии проекта).</translation>
    </message>
    <message>
        <source>The edits waiting for the server could not be kept on this computer: %1 Closing the project before they are sent discards them.</source>
        <translation>Правки, ожидающие сервера, не удалось сохранить на этом компьютере: %1 Если закрыть проект до их отправки, они пропадут.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer from an earlier session could not be read and were not sent.</source>
        <translation>
            <numerusform>%n правку, сохранённую на этом компьютере в прошлом сеансе, не удалось прочитать, и она не отправлена.</numerusform>
            <numerusform>%n правки, сохранённые на этом компьютере в прошлом сеансе, не удалось прочитать, и они не отправлены.</numerusform>
            <numerusform>%n правок, сохранённых на этом компьютере в прошлом сеансе, не удалось прочитать, и они не отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(нет заметки)</translation>
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
        <translation>Эта ссылка на доказательство добавлена без связи и ещё не дошла до сервера: вместо этого отмените её добавление.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ProjectStore</name>
    <message>
        <source>“%1” is a folder, not a Sourcelight project.</source>
        <translation>«%1» — это папка, а не проект Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проект «%1» не существует.</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: the folder cannot be written to.</source>
        <translation>Не удаётся создать проект «%1»: папка недоступна для записи.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Не удаётся прочитать проект «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sourcelight project.</source>
        <translation>«%1» — пустой файл, а не проект Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database).</source>
        <translation>«%1» не является проектом Sourcelight (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is truncated.</source>
        <translation>Проект «%1» повреждён: файл обрезан.</translation>
    </message>
    <message>
        <source>The project “%1” or its folder cannot be written to; it is open for reading only.</source>
        <translation>Проект «%1» или его папка недоступны для записи; проект открыт только для чтения.</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>Проект открыт только для чтения.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Не удаётся открыть проект «%1»: %2</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.</source>
        <translation>Проект «%1» повреждён (%2). Откройте резервную копию или обратитесь за помощью в его восстановлении.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Sourcelight project.</source>
        <translation>«%1» — база данных SQLite, но не проект Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Sourcelight project.</source>
        <translation>«%1» — пустая база данных, а не проект Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.</source>
        <translation>Проект «%1» сохранён более новой версией Sourcelight (формат %2; эта версия поддерживает форматы до %3). Он открыт только для чтения, поэтому ничего в нём не изменится; чтобы редактировать его, обновите Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” is in an older format and must be upgraded, but it cannot be written to.</source>
        <translation>Проект «%1» в устаревшем формате и должен быть обновлён, но он недоступен для записи.</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>У рецензента должно быть имя.</translation>
    </message>
    <message>
        <source>The project is damaged: %1</source>
        <translation>Проект повреждён: %1</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the last change was not saved. Everything saved before it is intact; free some space and try again.</source>
        <translation>Диск, на котором находится «%1», заполнен: последнее изменение не сохранено. Всё, что было сохранено раньше, не пострадало; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The project “%1” is locked by another program or another Sourcelight window; try again when it is closed.</source>
        <translation>Проект «%1» заблокирован другой программой или другим окном Sourcelight; повторите попытку, когда оно будет закрыто.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be written to.</source>
        <translation>Проект «%1» недоступен для записи.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Open a backup copy, or ask for help recovering it.</source>
        <translation>Проект «%1» повреждён. Откройте резервную копию или обратитесь за помощью в его восстановлении.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database, or it is damaged beyond reading).</source>
        <translation>«%1» не является проектом Sourcelight (это не база данных SQLite, или она повреждена настолько, что её невозможно прочитать).</translation>
    </message>
    <message>
        <source>Cannot read or write the project “%1”: %2</source>
        <translation>Ошибка чтения или записи проекта «%1»: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Ошибка базы данных в «%1»: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
    <message>
        <source>The item to change (%1 %2) no longer exists.</source>
        <translation>Изменяемый элемент (%1 %2) больше не существует.</translation>
    </message>
    <message>
        <source>Not every row was written to the project.</source>
        <translation>Не все строки записаны в проект.</translation>
    </message>
    <message>
        <source>A bulk write needs a transaction.</source>
        <translation>Для пакетной записи нужна транзакция.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: it is on a medium that cannot be written to, and its recent changes could not be copied to a temporary folder to be read.</source>
        <translation>Не удаётся прочитать проект «%1»: он на носителе, недоступном для записи, а его последние изменения не удалось скопировать во временную папку для чтения.</translation>
    </message>
    <message>
        <source>The new row&apos;s id did not come back from the database.</source>
        <translation>База данных не вернула идентификатор новой строки.</translation>
    </message>
    <message>
        <source>Cannot open the team project “%1”: this installation of Sourcelight cannot reach PostgreSQL servers (the Qt PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>Не удаётся открыть командный проект «%1»: эта установка Sourcelight не может подключаться к серверам PostgreSQL (нет драйвера PostgreSQL для Qt, пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team project “%1”: %2</source>
        <translation>Не удаётся подключиться к командному проекту «%1»: %2</translation>
    </message>
    <message>
        <source>The database of “%1” holds tables, but it is not a Sourcelight project.</source>
        <translation>В базе данных «%1» есть таблицы, но это не проект Sourcelight.</translation>
    </message>
    <message>
        <source>The server of “%1” has run out of disk space: the last change was not saved. Everything saved before it is intact; ask the server&apos;s administrator.</source>
        <translation>На сервере «%1» закончилось место на диске: последнее изменение не сохранено. Всё сохранённое до него цело; обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <source>Another reviewer is changing the same part of “%1”; try again in a moment.</source>
        <translation>Другой рецензент сейчас меняет ту же часть «%1»; повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>The server does not let you make this change in “%1”: %2</source>
        <translation>Сервер не разрешает вам это изменение в «%1»: %2</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: %2</source>
        <translation>Соединение с сервером «%1» потеряно: %2</translation>
    </message>
    <message>
        <source>The server reports damaged data in “%1”: %2</source>
        <translation>Сервер сообщает о повреждённых данных в «%1»: %2</translation>
    </message>
    <message>
        <source>The database of “%1” is empty: it holds no Sourcelight project yet.</source>
        <translation>База данных «%1» пуста: в ней ещё нет проекта Sourcelight.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Кто-то другой тем временем это изменил.</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>сервер не отвечает</translation>
    </message>
    <message>
        <source>Your database role “%1” has no part in the team project “%2”. Ask one of its admins to add you (sourcelight team --project … --add %1 --role reviewer).</source>
        <translation>Ваша роль базы данных «%1» не участвует в командном проекте «%2». Попросите одного из его администраторов добавить вас (sourcelight team --project … --add %1 --role reviewer).</translation>
    </message>
    <message>
        <source>The server does not let you change this (%1 %2) in “%3”: it is not yours to change, or no longer is (a document you marked done).</source>
        <translation>Сервер не позволяет вам изменить это (%1 %2) в «%3»: это не вам менять или уже не вам (документ, отмеченный вами как готовый).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::QdpxWriter</name>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>другие имена: %1</translation>
    </message>
    <message>
        <source>affiliation: %1</source>
        <translation>принадлежность: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Вердикты</translation>
    </message>
    <message>
        <source>Claim types</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Типы утверждений</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Заметка к утверждению %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA project: %1</source>
        <translation>Не удаётся записать проект REFI-QDA: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>“%1” is the project itself (or its journal, or a link to them): exporting there would destroy the project. Nothing was written; choose another file.</source>
        <translation>«%1» — это сам проект (или его журнал либо ссылка на них): экспорт туда уничтожил бы проект. Ничего не записано; выберите другой файл.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>A %1 report cannot be written to standard output; give a file name.</source>
        <translation>Отчёт %1 нельзя записать в стандартный вывод; укажите имя файла.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewController</name>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Следующее предложение</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>П&amp;редыдущее предложение</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Sentence</source>
        <translation>Следующее &amp;непроверенное предложение</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Отклонить предложение</translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <comment>who a claim comes from</comment>
        <translation>Выбрать &amp;источник…</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>Изменить &amp;заметку</translation>
    </message>
    <message>
        <source>Attributed %1 · reviewed %2 · total %3</source>
        <translation>С атрибуцией: %1 · проверено: %2 · всего: %3</translation>
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
        <translation>администратор</translation>
    </message>
    <message>
        <source>The server did not say who you are.</source>
        <translation>Сервер не сообщил, кто вы.</translation>
    </message>
    <message>
        <source>A team member needs a login.</source>
        <translation>У участника команды должен быть логин.</translation>
    </message>
    <message>
        <source>This project is older than team review; open it once with this version to upgrade it.</source>
        <translation>Этот проект создан до появления командной проверки; откройте его один раз в этой версии, чтобы обновить.</translation>
    </message>
    <message>
        <source>The server has no database role “%1”; create it first (CREATE ROLE %1 LOGIN …), then add it.</source>
        <translation>На сервере нет роли базы данных «%1»; сначала создайте её (CREATE ROLE %1 LOGIN …), затем добавьте.</translation>
    </message>
    <message>
        <source>The server does not let you change the team of “%1”: only its admins may.</source>
        <translation>Сервер не разрешает вам менять команду «%1»: это могут только его администраторы.</translation>
    </message>
    <message>
        <source>Independent review needs a team project on a server: in a file, nothing would keep the reviewers&apos; codings apart.</source>
        <translation>Для независимой проверки нужен командный проект на сервере: в файле ничто не разделяло бы результаты кодирования разных рецензентов.</translation>
    </message>
    <message>
        <source>The server does not let you change the review mode of “%1”: only its admins may.</source>
        <translation>Сервер не разрешает вам менять режим проверки «%1»: это могут только его администраторы.</translation>
    </message>
    <message>
        <source>Only a named reviewer of a team project can mark a document done.</source>
        <translation>Отметить документ как готовый может только рецензент, включённый в командный проект.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SaveIndicator</name>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Every edit is on disk.</source>
        <translation>Все правки записаны на диск.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The last edit is in the project and is being written to the disk.</source>
        <translation>Последняя правка внесена в проект и записывается на диск.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <comment>edits waiting to be sent</comment>
        <translation>
            <numerusform>Нет связи · %n ждёт</numerusform>
            <numerusform>Нет связи · %n ждут</numerusform>
            <numerusform>Нет связи · %n ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the team project&apos;s server was lost. Sourcelight connects again every few seconds. Review edits (attributions, verdicts, types, notes, tags, evidence links added) wait here, kept on this computer, and are sent in order when it is back, or when the project is next opened; other edits cannot be saved until then and are undone.</source>
        <translation>Связь с сервером командного проекта потеряна. Sourcelight переподключается каждые несколько секунд. Правки проверки (атрибуции, вердикты, типы, заметки, метки, добавленные ссылки на доказательства) ждут здесь, сохранённые на этом компьютере, и отправляются по порядку, когда связь вернётся или при следующем открытии проекта; другие правки до тех пор сохранить нельзя, и они отменяются.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceEditController</name>
    <message>
        <source>Sp&amp;lit Sentence at the Cursor</source>
        <translation>Р&amp;азделить предложение по курсору</translation>
    </message>
    <message>
        <source>&amp;Merge with the Next Sentence</source>
        <translation>О&amp;бъединить со следующим предложением</translation>
    </message>
    <message>
        <source>&amp;Claim the Selected Words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>В&amp;ыделенные слова — утверждение</translation>
    </message>
    <message>
        <source>Place the cursor inside a sentence first.</source>
        <translation>Сначала поставьте курсор внутрь предложения.</translation>
    </message>
    <message>
        <source>Choose a sentence first.</source>
        <translation>Сначала выберите предложение.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceModel</name>
    <message>
        <source>Author&apos;s own voice (no attribution)</source>
        <translation>Собственный голос автора (без атрибуции)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимный</translation>
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
        <translation>Параметры</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системный</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Имя рецензента:</translation>
    </message>
    <message>
        <source>Reviewing &amp;organisation:</source>
        <translation>Проверяющая &amp;организация:</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>&amp;Веб-адрес организации:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Имя рецензента</translation>
    </message>
    <message>
        <source>Recorded with every change you make and on the claims you review.</source>
        <translation>Сохраняется с каждым вашим изменением и в проверенных вами утверждениях.</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>Проверяющая организация</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview exports.</source>
        <translation>Указывается как автор при экспорте в ClaimReview.</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Веб-адрес организации</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>О&amp;формление:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системное</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбинация клавиш</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourceModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Также: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourcesDock</name>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionQualityDialog</name>
    <message>
        <source>How Good Were the Suggestions?</source>
        <translation>Насколько хороши были предложения?</translation>
    </message>
    <message>
        <source>Suggestions kept, by cue and by source kind</source>
        <translation>Сохранённые предложения по маркеру и виду источника</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение атрибуции</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Kept share</source>
        <translation>Доля сохранённых</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <source>Source missed</source>
        <translation>Источник пропущен</translation>
    </message>
    <message>
        <source>Source where none</source>
        <translation>Источник там, где его нет</translation>
    </message>
    <message>
        <source>The analyst chose another source</source>
        <translation>Аналитик выбрал другой источник</translation>
    </message>
    <message>
        <source>The suggestion saw the article&apos;s own voice; the analyst a source</source>
        <translation>Предложение видело собственный голос статьи, аналитик — источник</translation>
    </message>
    <message>
        <source>The suggestion named a source; the analyst saw the article&apos;s own voice</source>
        <translation>Предложение назвало источник, аналитик увидел собственный голос статьи</translation>
    </message>
    <message>
        <source>Speech verbs (said, told)</source>
        <translation>Глаголы речи (said, told)</translation>
    </message>
    <message>
        <source>Stance verbs (criticised, denied)</source>
        <translation>Глаголы позиции (criticised, denied)</translation>
    </message>
    <message>
        <source>Belief verbs (believe, expect)</source>
        <translation>Глаголы убеждения (believe, expect)</translation>
    </message>
    <message>
        <source>Evidence verbs (records show)</source>
        <translation>Глаголы доказательства (records show)</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <translation>Перенесена из предыдущего предложения</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <translation>Атрибуция в последующем предложении</translation>
    </message>
    <message>
        <source>The article&apos;s own voice</source>
        <translation>Собственный голос статьи</translation>
    </message>
    <message>
        <source>No sentence has been reviewed yet. Accept or correct suggestions in the review; every sentence you decide counts here.</source>
        <translation>Ещё ни одно предложение не проверено. Принимайте или исправляйте предложения; здесь учитывается каждое решённое предложение.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed sentence(s): the suggested source was kept in %1 of them.</source>
        <translation>
            <numerusform>%n проверенное предложение: предложенный источник сохранён в %1 из них.</numerusform>
            <numerusform>%n проверенных предложения: предложенный источник сохранён в %1 из них.</numerusform>
            <numerusform>%n проверенных предложений: предложенный источник сохранён в %1 из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed sentences</source>
        <translation>Все проверенные предложения</translation>
    </message>
    <message>
        <source>Every suggestion</source>
        <translation>Все предложения</translation>
    </message>
    <message>
        <source>By the suggestion&apos;s cue</source>
        <translation>По маркеру предложения</translation>
    </message>
    <message>
        <source>By the kind of source suggested</source>
        <translation>По виду предложенного источника</translation>
    </message>
    <message>
        <source>Phrases (according to)</source>
        <translation>Обороты (according to)</translation>
    </message>
    <message>
        <source>Attribution nouns (in a statement, his claim that)</source>
        <translation>Существительные атрибуции (in a statement, his claim that)</translation>
    </message>
    <message>
        <source>A colon introducing a quotation</source>
        <translation>Двоеточие перед цитатой</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionView</name>
    <message>
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение атрибуции</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;Принять (Enter)</translation>
    </message>
    <message>
        <source>Accept the suggested attribution</source>
        <translation>Принять предложенную атрибуцию</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Reject the suggested attribution</source>
        <translation>Отклонить предложенную атрибуцию</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Собственный голос автора</translation>
    </message>
</context>
<context>
    <name>Sourcelight::TeamProjectDialog</name>
    <message>
        <source>Connect to Team Project</source>
        <translation>Подключиться к командному проекту</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>из ~/.pgpass или PGPASSWORD, если пусто</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that your administrator set up. The password is used for this connection only and never saved.</source>
        <translation>Командный проект хранится в базе данных PostgreSQL, которую настроил ваш администратор. Пароль используется только для этого подключения и никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
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
        <translation>вывести показатели проекта: доля предложений с атрибуцией, анонимные источники, данные по источникам и вердиктам</translation>
    </message>
    <message>
        <source>Usage: sourcelight stats --project FILE.sourcelight [--format text|json]

Prints the number of documents and sentences, the share of sentences attributed to a source, the
share of claims resting on anonymous sources, and counts per source and per verdict.

  --project FILE   the project (opened read-only)
  --format FORMAT  text (default: a table) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Использование: sourcelight stats --project FILE.sourcelight [--format text|json]

Выводит число документов и предложений, долю предложений с атрибуцией источнику, долю
утверждений, основанных на анонимных источниках, а также количество по источникам и вердиктам.

  --project FILE   проект (открывается только для чтения)
  --format FORMAT  text (по умолчанию, таблица) или json (один объект JSON)
  -h, --help       показать эту справку
</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>sourcelight %1: %2</source>
        <translation>sourcelight %1: %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1: нужно значение</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use %3)</source>
        <translation>неизвестное значение (%1): «%2» (допустимо: %3)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 обязателен</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not UTF-8 text</source>
        <translation>%1 похоже на двоичный файл, а не на текст UTF-8</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 — не корректный текст UTF-8</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>неизвестный аргумент «%1»</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>--role and --name go with --add LOGIN.</source>
        <translation>--role и --name используются только вместе с --add LOGIN.</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use shared or independent)</source>
        <translation>неизвестный режим «%1» (используйте shared или independent)</translation>
    </message>
    <message>
        <source>Review mode: %1
</source>
        <translation>Режим проверки: %1
</translation>
    </message>
    <message>
        <source>show a team project&apos;s reviewers and review mode; give a login a part, change the mode</source>
        <translation>показать рецензентов и режим проверки командного проекта; назначить логину роль, изменить режим</translation>
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
        <translation>Использование: sourcelight team --project P [--add LOGIN [--role ROLE] [--name NAME]]
                                [--mode shared|independent] [--format text|json]

Выводит участников командного проекта (имя, логин базы данных и роль) и режим проверки.
Администратор может назначить логину роль и изменить режим; всем остальным сервер отказывает. Логин
должен существовать на сервере (CREATE ROLE … LOGIN). Рецензент принимает решения под своим именем;
куратор также записывает итоговые решения, разделяет и объединяет предложения; администратор также
импортирует документы и управляет кодовой книгой, командой и режимом. В режиме independent решения
каждого рецензента принадлежат только ему и скрыты от остальных, пока он не отметит документ как
готовый.

  --project P      проект: файл .sourcelight или адрес postgresql:// (обязательно)
  --add LOGIN      назначить роль этому логину базы данных (повторно: изменить её)
  --role ROLE      reviewer (по умолчанию), curator или admin
  --name NAME      имя, под которым идут его решения (по умолчанию — логин)
  --mode MODE      shared или independent (для independent нужен сервер)
  --format FORMAT  text (по умолчанию) или json: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;,
                   &quot;login&quot;, &quot;role&quot;}]}
  -h, --help       показать эту справку
</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file names no encoding; it was read as %1, which its letters suggest</source>
        <translation>кодировка в файле не указана; он прочитан как %1 — судя по его символам</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation>
            <numerusform>%n последовательность байтов не удалось декодировать, она показана как �</numerusform>
            <numerusform>%n последовательности байтов не удалось декодировать, они показаны как �</numerusform>
            <numerusform>%n последовательностей байтов не удалось декодировать, они показаны как �</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a binary file, not text: only .txt, .md and .html articles can be imported.</source>
        <translation>Это двоичный файл, а не текст: импортировать можно только статьи .txt, .md и .html.</translation>
    </message>
</context>
</TS>
