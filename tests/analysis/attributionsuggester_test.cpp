// Every attribution rule, one sentence (or a few) at a time, and then whole labelled articles
// (tests/data/articles/*.tsv, gold labels per sentence for the sample articles in resources/samples).
#include "attributionsuggester.h"
#include "documentanalyzer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Sourcelight;

namespace {

/// Builds a text and its sentence spans from a compact notation: lines are paragraphs, " | " separates the
/// sentences of a paragraph. The rule tests do not depend on the segmenter this way.
struct Spanned
{
    QString text;
    QList<SentenceSpan> sentences;
};

Spanned spanned(const QString &notation)
{
    Spanned result;
    const QStringList paragraphs = notation.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) {
            result.text += QLatin1Char('\n');
        }
        const QStringList parts = paragraphs[p].split(QStringLiteral(" | "));
        for (qsizetype s = 0; s < parts.size(); ++s) {
            if (s > 0) {
                result.text += QLatin1Char(' ');
            }
            const qsizetype start = result.text.size();
            result.text += parts[s];
            result.sentences.append({start, result.text.size()});
        }
    }
    return result;
}

QString slice(const QString &text, const TextSpan &span)
{
    return span.isValid() ? text.mid(span.start, span.length()) : QString();
}

QString viaNames(const AttributionSuggestion &s)
{
    QStringList names;
    for (const SourceMention &v : s.via) {
        names.append(v.name);
    }
    return names.join(QStringLiteral("; "));
}

/// Strips the front matter (--- … ---) of a sample article; returns the body and the language it declares.
QString articleBody(const QString &markdown, QString *language)
{
    static const QRegularExpression frontMatter(
        QStringLiteral("\\A---\\n(.*?)\\n---\\n"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = frontMatter.match(markdown);
    if (!match.hasMatch()) {
        return markdown;
    }
    static const QRegularExpression languageLine(
        QStringLiteral("^language:\\s*(\\S+)"), QRegularExpression::MultilineOption);
    if (language) {
        *language = languageLine.match(match.captured(1)).captured(1);
    }
    return markdown.mid(match.capturedEnd());
}

struct GoldRow
{
    int index = -1;
    QString prefix;
    QString source;
    QString kind;
    QString via;
    QString scope;
    QString quote;
    QString known; ///< why the rules are known to get this row wrong; empty when they should get it right
};

QList<GoldRow> readGold(const QString &path)
{
    QList<GoldRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return rows;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 7) {
            continue;
        }
        const auto dash = [](const QString &value) { return value == QLatin1String("-") ? QString() : value; };
        const QString known = f.size() > 7 && f[7].startsWith(QLatin1String("known: ")) ? f[7].mid(7) : QString();
        rows.append({f[0].toInt(), f[1], dash(f[2]), dash(f[3]), dash(f[4]), f[5], f[6], known});
    }
    return rows;
}

const QStringList &articleNames()
{
    static const QStringList names = {
        QStringLiteral("grain-corridor-escorts"),
        QStringLiteral("drone-factories-assessment"),
        QStringLiteral("gas-price-cap-talks"),
        QStringLiteral("prisoner-exchange-talks"),
        QStringLiteral("ru-energy-strikes"),
        QStringLiteral("uk-air-defense-aid"),
    };
    return names;
}

} // namespace

class AttributionSuggesterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notation");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QString>("mention");

        const QString en = QStringLiteral("en");
        const QString ru = QStringLiteral("ru");
        const QString uk = QStringLiteral("uk");
        const QString none;
        // clang-format off
        QTest::newRow("verb after anonymous source")
            << en << QStringLiteral("The plan is ready, one U.S. official said.") << 0 << QStringLiteral("US official #1")
            << QStringLiteral("anonymous") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("one U.S. official");
        QTest::newRow("doubled apostrophes quote, source after the verb")
            << en << QStringLiteral("''The offer is a start, no more,'' said Mr. Henry Cobb, secretary of the Weavers' Union.")
            << 0 << QStringLiteral("Henry Cobb") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("mixed") << QStringLiteral("said") << QStringLiteral("Mr. Henry Cobb");
        QTest::newRow("doubled apostrophes: words inside are not the source")
            << en << QStringLiteral("Mr. Henry Cobb said the mill would open.\n''They tell me it is progress,'' he said.") << 1
            << QStringLiteral("Henry Cobb") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("direct") << QStringLiteral("said") << QStringLiteral("he");
        QTest::newRow("backtick and apostrophe pairs quote")
            << en << QStringLiteral("``Prices will fall,'' said Ana Ruiz.") << 0 << QStringLiteral("Ana Ruiz")
            << QStringLiteral("person") << none << QStringLiteral("explicit") << QStringLiteral("direct")
            << QStringLiteral("said") << QStringLiteral("Ana Ruiz");
        QTest::newRow("another official is a second source")
            << en << QStringLiteral("One U.S. official said the plan was ready.\nAnother U.S. official said it was not.")
            << 1 << QStringLiteral("US official #2") << QStringLiteral("anonymous") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("said")
            << QStringLiteral("Another U.S. official");
        QTest::newRow("a relative is a source")
            << en << QStringLiteral("Her brother-in-law testified that the money was a loan.") << 0
            << QStringLiteral("brother-in-law") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("testified") << QStringLiteral("brother-in-law");
        QTest::newRow("first person inside the words a later cue reports")
            << en << QStringLiteral("I believe the water is gone, the mayor said.") << 0 << QStringLiteral("mayor")
            << QStringLiteral("person") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("the mayor");
        QTest::newRow("uk first person inside the words a later cue reports")
            << uk << QStringLiteral("Я повідомляю про це вже втретє, каже мер.") << 0 << QStringLiteral("мер")
            << QStringLiteral("person") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("каже") << QStringLiteral("мер");
        QTest::newRow("American and U.S. officials are one group")
            << en << QStringLiteral("American officials said the talks failed.\nU.S. officials said a deal was close.")
            << 0 << QStringLiteral("US officials") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("American officials");
        QTest::newRow("US officials without dots")
            << en << QStringLiteral("US officials said a deal was close.") << 0 << QStringLiteral("US officials")
            << QStringLiteral("anonymous") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("US officials");
        QTest::newRow("named source with title")
            << en << QStringLiteral("Talks stalled, White House National Security Council spokesman John Kirby said.")
            << 0 << QStringLiteral("John Kirby") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said")
            << QStringLiteral("White House National Security Council spokesman John Kirby");
        QTest::newRow("surname resolves to the full name")
            << en << QStringLiteral("John Kirby said talks stalled.\nKirby said the losses were heavy.") << 1
            << QStringLiteral("John Kirby") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("Kirby");
        QTest::newRow("as quoted by: via chain")
            << en << QStringLiteral("Losses are heavy, John Kirby said, as quoted by Reuters.") << 0
            << QStringLiteral("John Kirby") << QStringLiteral("person") << QStringLiteral("Reuters")
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("said, as quoted by")
            << QStringLiteral("John Kirby");
        QTest::newRow("writes, citing: outlet becomes the conduit")
            << en << QStringLiteral("Troops could withdraw by spring. | This is what Bloomberg writes, citing US officials.")
            << 1 << QStringLiteral("US officials") << QStringLiteral("anonymous") << QStringLiteral("Bloomberg")
            << QStringLiteral("explicit") << QStringLiteral("none") << QStringLiteral("writes, citing")
            << QStringLiteral("US officials");
        QTest::newRow("backward attribution covers the sentence before")
            << en << QStringLiteral("Troops could withdraw by spring. | This is what Bloomberg writes, citing US officials.")
            << 0 << QStringLiteral("US officials") << QStringLiteral("anonymous") << QStringLiteral("Bloomberg")
            << QStringLiteral("backward") << QStringLiteral("indirect") << QStringLiteral("writes, citing") << none;
        QTest::newRow("backward attribution opening a paragraph")
            << en << QStringLiteral("Prices rose. | Troops could withdraw by spring.\nThis is what Bloomberg writes, citing US officials.")
            << 0 << QStringLiteral("US officials") << QStringLiteral("anonymous") << QStringLiteral("Bloomberg")
            << QStringLiteral("backward") << QStringLiteral("indirect") << QStringLiteral("writes, citing") << none;
        QTest::newRow("according to an official body")
            << en << QStringLiteral("According to the Pentagon, 300 drones were launched.") << 0
            << QStringLiteral("the Pentagon") << QStringLiteral("official_body") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("According to") << QStringLiteral("the Pentagon");
        QTest::newRow("per an outlet")
            << en << QStringLiteral("Per Politico, the cap was never triggered.") << 0 << QStringLiteral("Politico")
            << QStringLiteral("outlet") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("Per") << QStringLiteral("Politico");
        QTest::newRow("per an outlet, then who said it")
            << en << QStringLiteral("Per Politico, the Dutch minister argued against the cap.") << 0
            << QStringLiteral("Dutch minister") << QStringLiteral("person") << QStringLiteral("Politico")
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("Per")
            << QStringLiteral("the Dutch minister");
        QTest::newRow("inverted verb after a quotation")
            << en << QStringLiteral("\"We will respond to every strike,\" said Kirby.") << 0 << QStringLiteral("Kirby")
            << QStringLiteral("person") << none << QStringLiteral("explicit") << QStringLiteral("direct")
            << QStringLiteral("said") << QStringLiteral("Kirby");
        QTest::newRow("pronoun resolves to the last person")
            << en << QStringLiteral("John Kirby said talks stalled. | \"We will respond,\" he said.") << 1
            << QStringLiteral("John Kirby") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("direct") << QStringLiteral("said") << QStringLiteral("he");
        QTest::newRow("quotation split by he said continues")
            << en << QStringLiteral("John Kirby said talks stalled. | \"We are ready,\" he said. | \"The decision is made.\"")
            << 2 << QStringLiteral("John Kirby") << QStringLiteral("person") << none << QStringLiteral("carried")
            << QStringLiteral("direct") << none << none;
        QTest::newRow("quotation continued in the next paragraph")
            << en << QStringLiteral("\"We will not stop,\" Viktor Lozinsky said. | \"Not until all are home.\n\"But we will not accept it.\"")
            << 2 << QStringLiteral("Viktor Lozinsky") << QStringLiteral("person") << none << QStringLiteral("carried")
            << QStringLiteral("direct") << none << none;
        QTest::newRow("it is noted that carries the previous source")
            << en << QStringLiteral("Officials said the plan failed.\nIt is noted that losses were heavy.") << 1
            << QStringLiteral("officials") << QStringLiteral("anonymous") << none << QStringLiteral("carried")
            << QStringLiteral("indirect") << QStringLiteral("It is noted") << none;
        QTest::newRow("meanwhile carries the previous source")
            << en << QStringLiteral("One official said the plan failed. | Meanwhile, prices rose.") << 1
            << QStringLiteral("official #1") << QStringLiteral("anonymous") << none << QStringLiteral("carried")
            << QStringLiteral("indirect") << QStringLiteral("Meanwhile") << none;
        QTest::newRow("he added")
            << en << QStringLiteral("John Kirby said the plan failed. | He added that losses were heavy.") << 1
            << QStringLiteral("John Kirby") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("added") << QStringLiteral("He");
        QTest::newRow("told an outlet: via")
            << en << QStringLiteral("One official told Reuters that the talks had failed.") << 0
            << QStringLiteral("official #1") << QStringLiteral("anonymous") << QStringLiteral("Reuters")
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("told")
            << QStringLiteral("One official");
        QTest::newRow("outlet reports what officials said")
            << en << QStringLiteral("Bloomberg reported that Ukrainian officials had expressed hopes of a deal.") << 0
            << QStringLiteral("Ukrainian officials") << QStringLiteral("anonymous") << QStringLiteral("Bloomberg")
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("reported")
            << QStringLiteral("Ukrainian officials");
        QTest::newRow("people familiar with the matter")
            << en << QStringLiteral("The deal is close, according to people familiar with the matter.") << 0
            << QStringLiteral("people") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("according to")
            << QStringLiteral("people familiar with the matter");
        QTest::newRow("ministry in a statement")
            << en << QStringLiteral("Russia's Ministry of Defense said in a statement that it shot down 40 drones.") << 0
            << QStringLiteral("Russia's Ministry of Defense") << QStringLiteral("official_body") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("said in a statement")
            << QStringLiteral("Russia's Ministry of Defense");
        QTest::newRow("partial quotation is mixed")
            << en << QStringLiteral("Turkish officials said a foreign naval presence \"would raise more risks\" in the sea.")
            << 0 << QStringLiteral("Turkish officials") << QStringLiteral("anonymous") << none
            << QStringLiteral("explicit") << QStringLiteral("mixed") << QStringLiteral("said")
            << QStringLiteral("Turkish officials");
        // The subject that opens the clause, when words the lexicon does not know stand before the verb.
        QTest::newRow("post-modified common noun subject")
            << en << QStringLiteral("A nurse on the night shift said the ward was short of staff.") << 0
            << QStringLiteral("nurse #1") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("A nurse");
        QTest::newRow("relative clause after the subject")
            << en << QStringLiteral("One tenant who has lived there since 1990 said the lift never worked.") << 0
            << QStringLiteral("tenant #1") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("One tenant");
        QTest::newRow("unknown acronym is an organisation")
            << en << QStringLiteral("KNMI said the storm would reach the coast by noon.") << 0 << QStringLiteral("KNMI")
            << QStringLiteral("official_body") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("KNMI");
        QTest::newRow("coordinated verbs share the first subject")
            << en << QStringLiteral("The governor toured the flooded depot and said the buses would run by Friday.")
            << 0 << QStringLiteral("governor") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("The governor");
        QTest::newRow("coordinated verb after a dateline")
            << en << QStringLiteral("OSLO, May 2 (Nordwire) - Fjordlink Ferries on Tuesday cut two routes, citing weak "
                                    "bookings, and said more could follow.")
            << 0 << QStringLiteral("Fjordlink Ferries") << QStringLiteral("person") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("said")
            << QStringLiteral("Fjordlink Ferries");
        QTest::newRow("plural group the lexicon does not list")
            << en << QStringLiteral("Ski instructors say the season will start late.") << 0
            << QStringLiteral("ski instructors") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("say") << QStringLiteral("Ski instructors");
        QTest::newRow("a document noun after a modifier the lexicon does not know")
            << en << QStringLiteral("The quarterly report shows a loss of four million.") << 0
            << QStringLiteral("quarterly report") << QStringLiteral("document") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("shows") << QStringLiteral("The quarterly report");
        QTest::newRow("a capitalised verb inside a name is no cue")
            << en << QStringLiteral("A long investigation by the Harbour Record has traced the money.") << 0 << none
            << none << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("an infinitive of purpose is no cue")
            << en << QStringLiteral("Dock workers gathered outside the port office to demand back pay.") << 0 << none
            << none << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("a negated verb says nothing")
            << en << QStringLiteral("The council has not been able to confirm the figure.") << 0 << none << none
            << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("a capitalised first word alone is no name")
            << en << QStringLiteral("Not everyone is convinced.") << 0 << none << none << none
            << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("a cue after a determiner is a noun")
            << en << QStringLiteral("Neighbours had no doubt about the cause.") << 0 << none << none << none
            << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("author voice")
            << en << QStringLiteral("Grain prices rose by 3 percent on Monday.") << 0 << none << none << none
            << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("headline is the author's")
            << en << QStringLiteral("Allies weigh escorts for grain convoys\nOfficials said the plan was ready.") << 0
            << none << none << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("hedged sentence continues its paragraph")
            << en << QStringLiteral("One official said the plan failed. | Russia could send more troops.") << 1
            << QStringLiteral("official #1") << QStringLiteral("anonymous") << none << QStringLiteral("carried")
            << QStringLiteral("indirect") << none << none;
        QTest::newRow("a new paragraph is the author's again")
            << en << QStringLiteral("One official said the plan failed.\nPrices rose sharply.") << 1 << none << none
            << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("is said to is a hedge, not a cue")
            << en << QStringLiteral("The general is said to be ill.") << 0 << none << none << none
            << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("name with particles")
            << en << QStringLiteral("Ursula von der Leyen said the plan was ready.") << 0
            << QStringLiteral("Ursula von der Leyen") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("Ursula von der Leyen");
        QTest::newRow("source after the verb and a comma")
            << en << QStringLiteral("Prices will rise, said John Smith, an economist at the bank.") << 0
            << QStringLiteral("John Smith") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("John Smith");
        QTest::newRow("capital speaks for its government")
            << en << QStringLiteral("Moscow said the drills were routine.") << 0 << QStringLiteral("Moscow")
            << QStringLiteral("official_body") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("Moscow");
        QTest::newRow("outlet named by a common noun")
            << en << QStringLiteral("The newspaper said the minister resigned.") << 0 << QStringLiteral("the newspaper")
            << QStringLiteral("outlet") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("said") << QStringLiteral("The newspaper");
        QTest::newRow("writer's caveat is not carried")
            << en << QStringLiteral("Lozinsky said prisoners were tortured. | Such claims could not be independently verified.")
            << 1 << none << none << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("a draft seen by an outlet")
            << en << QStringLiteral("According to a draft seen by Reuters, the cap stays.") << 0 << QStringLiteral("draft")
            << QStringLiteral("document") << QStringLiteral("Reuters") << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("According to") << QStringLiteral("a draft");
        QTest::newRow("told is never inverted")
            << en << QStringLiteral("\"We are ready,\" Rear Admiral Tomas Vidal, a spokesman for the command, told reporters.")
            << 0 << QStringLiteral("Tomas Vidal") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("direct") << QStringLiteral("told")
            << QStringLiteral("Rear Admiral Tomas Vidal, a spokesman for the command");
        QTest::newRow("ru outlet noun before a quoted name")
            << ru << QStringLiteral("По информации газеты «Коммерсант», цены выросли.") << 0 << QStringLiteral("Коммерсант")
            << QStringLiteral("outlet") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("По информации") << QStringLiteral("«Коммерсант»");
        QTest::newRow("uk head-first title")
            << uk << QStringLiteral("Прем'єр-міністр Нідерландів заявив під час візиту, що допомога буде.") << 0
            << QStringLiteral("Прем'єр-міністр Нідерландів") << QStringLiteral("person") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("заявив")
            << QStringLiteral("Прем'єр-міністр Нідерландів");
        QTest::newRow("title with a connector before the name")
            << en << QStringLiteral("U.S. Secretary of State Antony Blinken told reporters the talks were over.") << 0
            << QStringLiteral("Antony Blinken") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("told")
            << QStringLiteral("U.S. Secretary of State Antony Blinken");
        QTest::newRow("officials at an institution are a group")
            << en << QStringLiteral("Officials at the Pentagon said the strike was justified.") << 0
            << QStringLiteral("officials at the Pentagon") << QStringLiteral("anonymous") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("said")
            << QStringLiteral("Officials at the Pentagon");
        QTest::newRow("outlet citing sources")
            << en << QStringLiteral("Reuters reported, citing three sources, that the deal was close.") << 0
            << QStringLiteral("sources") << QStringLiteral("anonymous") << QStringLiteral("Reuters")
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("reported, citing")
            << QStringLiteral("three sources");
        QTest::newRow("speaking to reporters names no conduit")
            << en << QStringLiteral("Speaking to reporters, Biden said the talks were productive.") << 0
            << QStringLiteral("Biden") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("said") << QStringLiteral("Biden");
        QTest::newRow("appositive name after the title")
            << en << QStringLiteral("The Pentagon's press secretary, Maj. Gen. Pat Ryder, told reporters the strikes would continue.")
            << 0 << QStringLiteral("Pat Ryder") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("told")
            << QStringLiteral("The Pentagon's press secretary, Maj. Gen. Pat Ryder");
        QTest::newRow("ru backward with citing")
            << ru << QStringLiteral("Пожар удалось потушить к утру. | Об этом сообщает Reuters со ссылкой на местные власти.")
            << 0 << QStringLiteral("местные власти") << QStringLiteral("anonymous") << QStringLiteral("Reuters")
            << QStringLiteral("backward") << QStringLiteral("indirect") << QStringLiteral("сообщает") << none;
        QTest::newRow("ru direct quote, verb before the source, via")
            << ru << QStringLiteral("«Мы будем отвечать», — заявил официальный представитель Кремля Дмитрий Песков, передает ТАСС.")
            << 0 << QStringLiteral("Дмитрий Песков") << QStringLiteral("person") << QStringLiteral("ТАСС")
            << QStringLiteral("explicit") << QStringLiteral("direct") << QStringLiteral("заявил")
            << QStringLiteral("официальный представитель Кремля Дмитрий Песков");
        QTest::newRow("ru according to an official body")
            << ru << QStringLiteral("По данным Минобороны, сбиты 47 беспилотников.") << 0 << QStringLiteral("Минобороны")
            << QStringLiteral("official_body") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("По данным") << QStringLiteral("Минобороны");
        QTest::newRow("ru impersonal cue carries")
            << ru << QStringLiteral("Минобороны сообщило, что сбиты 47 беспилотников. | Отмечается, что большая часть сбита ночью.")
            << 1 << QStringLiteral("Минобороны") << QStringLiteral("official_body") << none
            << QStringLiteral("carried") << QStringLiteral("indirect") << QStringLiteral("Отмечается") << none;
        QTest::newRow("ru another official")
            << ru << QStringLiteral("Один из американских чиновников сказал, что удары опасны.\nДругой американский чиновник уточнил, что разведданных не было.")
            << 1 << QStringLiteral("американских чиновников #2") << QStringLiteral("anonymous") << none
            << QStringLiteral("explicit") << QStringLiteral("indirect") << QStringLiteral("уточнил")
            << QStringLiteral("Другой американский чиновник");
        QTest::newRow("uk backward with citing")
            << uk << QStringLiteral("Батареї прибудуть до зими. | Про це повідомляє Reuters з посиланням на джерела в уряді Німеччини.")
            << 0 << QStringLiteral("джерела в уряді Німеччини") << QStringLiteral("anonymous") << QStringLiteral("Reuters")
            << QStringLiteral("backward") << QStringLiteral("indirect") << QStringLiteral("повідомляє") << none;
        QTest::newRow("ru head-first subject before a genitive")
            << ru << QStringLiteral("Прокуратура области сообщила, что дело передано в суд.") << 0
            << QStringLiteral("Прокуратура") << QStringLiteral("official_body") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("сообщила") << QStringLiteral("Прокуратура");
        QTest::newRow("ru a negated verb says nothing")
            << ru << QStringLiteral("Прокуратура области не сообщила, когда начнётся суд.") << 0 << none << none
            << none << QStringLiteral("author") << QStringLiteral("none") << none << none;
        QTest::newRow("uk group before a genitive, present tense")
            << uk << QStringLiteral("Учасники пікету стверджують, що школу закриють.") << 0
            << QStringLiteral("учасники") << QStringLiteral("anonymous") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("стверджують") << QStringLiteral("Учасники");
        QTest::newRow("uk perfective past of a verb that also takes a listener")
            << uk << QStringLiteral("Гнатюк запевнив, що роботи завершать до осені.") << 0 << QStringLiteral("Гнатюк")
            << QStringLiteral("person") << none << QStringLiteral("explicit") << QStringLiteral("indirect")
            << QStringLiteral("запевнив") << QStringLiteral("Гнатюк");
        QTest::newRow("uk named source with title")
            << uk << QStringLiteral("Міністр оборони України Денис Гаврилюк заявив, що батарея прибуде у жовтні.") << 0
            << QStringLiteral("Денис Гаврилюк") << QStringLiteral("person") << none << QStringLiteral("explicit")
            << QStringLiteral("indirect") << QStringLiteral("заявив")
            << QStringLiteral("Міністр оборони України Денис Гаврилюк");
        QTest::newRow("uk according to, carried by Водночас")
            << uk << QStringLiteral("За даними Укрінформу, збито 600 дронів. | Водночас ракет стало більше.") << 1
            << QStringLiteral("Укрінформ") << QStringLiteral("outlet") << none << QStringLiteral("carried")
            << QStringLiteral("indirect") << QStringLiteral("Водночас") << none;
        // clang-format on
    }

    void rules()
    {
        QFETCH(QString, language);
        QFETCH(QString, notation);
        QFETCH(int, index);
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QFETCH(QString, via);
        QFETCH(QString, scope);
        QFETCH(QString, quote);
        QFETCH(QString, cue);
        QFETCH(QString, mention);

        const Spanned input = spanned(notation);
        const QList<AttributionSuggestion> suggestions
            = AttributionSuggester(languageFromCode(language)).suggest(input.text, input.sentences);
        QCOMPARE(suggestions.size(), input.sentences.size());
        const AttributionSuggestion &s = suggestions.at(index);
        QCOMPARE(s.source ? s.source->name : QString(), source);
        QCOMPARE(s.source ? toString(s.source->kind) : QString(), kind);
        QCOMPARE(viaNames(s), via);
        QCOMPARE(toString(s.scope), scope);
        QCOMPARE(toString(s.quote), quote);
        QCOMPARE(s.cueText, cue);
        if (s.cue.isValid()) {
            QCOMPARE(slice(input.text, s.cue), s.cueText);
        }
        QCOMPARE(s.source ? slice(input.text, s.source->mention) : QString(), mention);
        QVERIFY(s.confidence > 0.0 && s.confidence <= 1.0);
        QVERIFY(!s.reason.isEmpty());
        QVERIFY(!s.reason.contains(QLatin1Char('\n')));
    }

    // Attribution nouns (cue class "noun") and colon introductions (class "punct"): each rule with a sentence it
    // must attribute and one it must leave in the article's own voice. Only the last sentence is checked.
    void nounAndColonCues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notation");
        QTest::addColumn<QString>("mention"); ///< empty: no source, the article's own voice
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QString>("reason"); ///< how the reason starts

        const QString en = QStringLiteral("en");
        const QString none;
        // clang-format off
        QTest::newRow("possessive pronoun, noun, that")
            << en << QStringLiteral("Mayor Ines Duarte spoke on Friday. | Her claim that the tender was rigged has "
                                    "never been tested.")
            << QStringLiteral("Her") << QStringLiteral("claim") << QStringLiteral("attribution noun 'claim' after 'Her'");
        QTest::newRow("a noun without a possessor attributes nothing")
            << en << QStringLiteral("The claim that the tender was rigged has never been tested.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a possessed noun without content attributes nothing")
            << en << QStringLiteral("Mayor Ines Duarte spoke on Friday. | Her claim to the family estate dates back "
                                    "to 1950.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("genitive name, noun, that")
            << en << QStringLiteral("Okafor's argument that the bridge is unsafe rests on a single survey.")
            << QStringLiteral("Okafor") << QStringLiteral("argument")
            << QStringLiteral("attribution noun 'argument' after 'Okafor'");
        QTest::newRow("a genitive that names no source attributes nothing")
            << en << QStringLiteral("The bridge's weakness is that nobody inspects it.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("plural possessive group")
            << en << QStringLiteral("The residents' complaint that the lift is always broken reached the council.")
            << QStringLiteral("The residents") << QStringLiteral("complaint")
            << QStringLiteral("attribution noun 'complaint' after 'The residents'");
        QTest::newRow("a quotation straight after a possessed noun is no content")
            << en << QStringLiteral("A cartoon turned the mayor's remarks \"a cheap stunt\" into a slogan.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("noun, copula, short predicate, colon")
            << en << QStringLiteral("Transport chief Ola Berg took questions. | His message to commuters was blunt: "
                                    "\"Leave the car at home.\"")
            << QStringLiteral("His") << QStringLiteral("message")
            << QStringLiteral("attribution noun 'message' after 'His'");
        QTest::newRow("institution's position is that")
            << en << QStringLiteral("The union's position is that no member will cross the picket line.")
            << QStringLiteral("The union") << QStringLiteral("position")
            << QStringLiteral("attribution noun 'position' after 'The union'");
        QTest::newRow("source in a by phrase")
            << en << QStringLiteral("The accusation, made by two tenants, that the rent was doubled has not been "
                                    "tested.")
            << QStringLiteral("two tenants") << QStringLiteral("accusation")
            << QStringLiteral("attribution noun 'accusation' before 'two tenants'");
        QTest::newRow("support verb: made a pledge that")
            << en << QStringLiteral("Marta Silva made a pledge that the ground would stay open.")
            << QStringLiteral("Marta Silva") << QStringLiteral("pledge")
            << QStringLiteral("attribution noun 'pledge' after 'Marta Silva'");
        QTest::newRow("a support verb with no source before it attributes nothing")
            << en << QStringLiteral("Rising costs made a pledge that fares would fall hard to keep.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("frame: In a statement, subject")
            << en << QStringLiteral("In a statement, the ministry apologised for the outage.")
            << QStringLiteral("the ministry") << QStringLiteral("In a statement")
            << QStringLiteral("attribution noun 'In a statement' before 'the ministry'");
        QTest::newRow("a frame followed by no source attributes nothing")
            << en << QStringLiteral("In a statement on its website, no figures were given.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a verb wins over a frame")
            << en << QStringLiteral("In a statement, the ministry said the pipes were old.")
            << QStringLiteral("the ministry") << QStringLiteral("said")
            << QStringLiteral("cue 'said' after 'the ministry'");
        QTest::newRow("colon after a named source opens a quotation")
            << en << QStringLiteral("Rosa Lindqvist is unimpressed: \"We have heard all this before.\"")
            << QStringLiteral("Rosa Lindqvist") << QStringLiteral(":")
            << QStringLiteral("colon ':' after 'Rosa Lindqvist' introduces a quotation");
        QTest::newRow("a colon without a quotation attributes nothing")
            << en << QStringLiteral("The driver had one job: deliver the parcels by noon.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a colon after no source attributes nothing")
            << en << QStringLiteral("The rule on the door is simple: \"No boots inside.\"")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("colon after a source and its appositive")
            << en << QStringLiteral("Pia Hallam, the marina's operations director: \"Nobody warned us about the dredging.\"")
            << QStringLiteral("Pia Hallam") << QStringLiteral(":")
            << QStringLiteral("colon ':' after 'Pia Hallam' introduces a quotation");
        QTest::newRow("colon after an appositive and a short predicate")
            << en << QStringLiteral("Tomas Greve, a ferry pilot for thirty years, is blunter: \"The channel is "
                                    "silting up.\"")
            << QStringLiteral("Tomas Greve") << QStringLiteral(":")
            << QStringLiteral("colon ':' after 'Tomas Greve' introduces a quotation");
        QTest::newRow("a count word with an appositive before a colon")
            << en << QStringLiteral("Two skippers spoke to us. | One, a retired ferryman, is blunter: \"They sold "
                                    "the quay.\"")
            << QStringLiteral("One") << QStringLiteral(":")
            << QStringLiteral("colon ':' after 'One' introduces a quotation");
        QTest::newRow("a count word without an appositive before a colon names nobody")
            << en << QStringLiteral("One thing is certain: \"The quay is gone.\"")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("ru frame with a genitive source")
            << QStringLiteral("ru") << QStringLiteral("В заявлении Минтранса говорится, что ремонт моста завершится в мае.")
            << QStringLiteral("Минтранса") << QStringLiteral("В заявлении")
            << QStringLiteral("attribution noun 'В заявлении' before 'Минтранса'");
        QTest::newRow("ru frame without a source attributes nothing")
            << QStringLiteral("ru") << QStringLiteral("В заявлении нет ни слова о сроках ремонта.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("uk frame with a genitive source")
            << QStringLiteral("uk") << QStringLiteral("У заяві Укренерго йдеться, що графіки відключень скасують.")
            << QStringLiteral("Укренерго") << QStringLiteral("У заяві")
            << QStringLiteral("attribution noun 'У заяві' before 'Укренерго'");
        QTest::newRow("uk frame without a source attributes nothing")
            << QStringLiteral("uk") << QStringLiteral("У заяві немає жодного слова про терміни.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("first person outside quotation is the writer")
            << en << QStringLiteral("I suspect the council never read the report.")
            << QStringLiteral("I") << QStringLiteral("suspect") << QStringLiteral("belief cue 'suspect' after 'I'");
        QTest::newRow("a negated belief verb keeps its source")
            << en << QStringLiteral("We do not doubt the harbour board's figures.")
            << QStringLiteral("We") << QStringLiteral("doubt") << QStringLiteral("belief cue 'doubt' after 'We'");
        QTest::newRow("an emphatic auxiliary between source and verb")
            << en << QStringLiteral("We do doubt the harbour board's plan.")
            << QStringLiteral("We") << QStringLiteral("doubt") << QStringLiteral("belief cue 'doubt' after 'We'");
        QTest::newRow("an adverb of time between source and verb")
            << en << QStringLiteral("But I now think the dredging was a mistake.")
            << QStringLiteral("I") << QStringLiteral("think") << QStringLiteral("belief cue 'think' after 'I'");
        QTest::newRow("a negated verb before an open question says nothing")
            << en << QStringLiteral("The harbour board has not said whether the quay will reopen.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a negated belief with a named source")
            << en << QStringLiteral("The council does not expect the quay to reopen this year.")
            << QStringLiteral("The council") << QStringLiteral("expect")
            << QStringLiteral("belief cue 'expect' after 'The council'");
        QTest::newRow("a negated speech verb reports silence")
            << en << QStringLiteral("The harbour master did not respond to questions about the quay.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a naming verb with an object and its name")
            << en << QStringLiteral("The council calls it the Eastern Relief Road.")
            << QStringLiteral("The council") << QStringLiteral("calls")
            << QStringLiteral("cue 'calls' after 'The council'");
        QTest::newRow("a naming verb with a quoted name")
            << en << QStringLiteral("The union has called the decision \"a betrayal of the crews\".")
            << QStringLiteral("The union") << QStringLiteral("called")
            << QStringLiteral("cue 'called' after 'The union'");
        QTest::newRow("a naming verb with a pronoun object and an adjective")
            << en << QStringLiteral("Critics have called her naive.")
            << QStringLiteral("Critics") << QStringLiteral("called") << QStringLiteral("cue 'called' after 'Critics'");
        QTest::newRow("a naming verb introducing a name is no cue")
            << en << QStringLiteral("A retired postman called Dennis runs the stall.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a passive naming verb is no cue")
            << en << QStringLiteral("Firefighters were called to the quay at dawn.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a naming verb with a particle is a telephone call")
            << en << QStringLiteral("The harbour master called him back on Tuesday.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a compound institution name keeps its modifier")
            << en << QStringLiteral("The port authority said the quay would reopen in May.")
            << QStringLiteral("The port authority") << QStringLiteral("said")
            << QStringLiteral("cue 'said' after 'The port authority'");
        QTest::newRow("a compound title keeps its modifier")
            << en << QStringLiteral("A harbour spokesman said the ward was closed.")
            << QStringLiteral("A harbour spokesman") << QStringLiteral("said")
            << QStringLiteral("cue 'said' after 'A harbour spokesman'");
        QTest::newRow("a compound name after an auxiliary and a negation")
            << en << QStringLiteral("The harbour board does not expect the quay to reopen this year.")
            << QStringLiteral("The harbour board") << QStringLiteral("expect")
            << QStringLiteral("belief cue 'expect' after 'The harbour board'");
        QTest::newRow("the writer narrating an action is no source")
            << en << QStringLiteral("I wrote to the harbour board in March.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("the writer with nothing after the verb is no source")
            << en << QStringLiteral("The board never replied, so we wrote again.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("the writer reporting what they wrote is a source")
            << en << QStringLiteral("I wrote that the quay was unsafe.")
            << QStringLiteral("I") << QStringLiteral("wrote") << QStringLiteral("cue 'wrote' after 'I'");
        QTest::newRow("a lone count word after an inverted verb")
            << en << QStringLiteral("Two skippers spoke to us. | \"We were never asked,\" said one.")
            << QStringLiteral("one") << QStringLiteral("said") << QStringLiteral("cue 'said' before 'one'");
        QTest::newRow("the other as a subject")
            << en << QStringLiteral("Two skippers spoke to us. | The other recalled a meeting in 2019.")
            << QStringLiteral("The other") << QStringLiteral("recalled")
            << QStringLiteral("cue 'recalled' after 'The other'");
        QTest::newRow("a lone count word before a relative clause")
            << en << QStringLiteral("One, who has moored here since 1990, said the quay was unsafe.")
            << QStringLiteral("One") << QStringLiteral("said") << QStringLiteral("cue 'said' after 'One'");
        QTest::newRow("no one is nobody")
            << en << QStringLiteral("No one said the quay was unsafe.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a charity is an institution")
            << en << QStringLiteral("The charity warned that the shelters were full.")
            << QStringLiteral("The charity") << QStringLiteral("warned")
            << QStringLiteral("stance cue 'warned' after 'The charity'");
        QTest::newRow("a councillor is one of a group")
            << en << QStringLiteral("A councillor complained that the ferry was late again.")
            << QStringLiteral("A councillor") << QStringLiteral("complained")
            << QStringLiteral("stance cue 'complained' after 'A councillor'");
        QTest::newRow("a belief adjective after a copula")
            << en << QStringLiteral("The harbour board is optimistic that the quay will reopen.")
            << QStringLiteral("The harbour board") << QStringLiteral("is optimistic")
            << QStringLiteral("belief cue 'is optimistic' after 'The harbour board'");
        QTest::newRow("a conjecture verb")
            << en << QStringLiteral("Fishermen wonder whether the quay will ever reopen.")
            << QStringLiteral("Fishermen") << QStringLiteral("wonder")
            << QStringLiteral("belief cue 'wonder' after 'Fishermen'");
        QTest::newRow("a judgement verb")
            << en << QStringLiteral("The union denounced the closure as reckless.")
            << QStringLiteral("The union") << QStringLiteral("denounced")
            << QStringLiteral("stance cue 'denounced' after 'The union'");
        QTest::newRow("a verb of promising")
            << en << QStringLiteral("The mayor vowed that the quay would reopen by May.")
            << QStringLiteral("The mayor") << QStringLiteral("vowed") << QStringLiteral("cue 'vowed' after 'The mayor'");
        QTest::newRow("a relative clause with a quotation between source and verb")
            << en << QStringLiteral("The council, which called the quay \"a relic\" last year, says it will pay for "
                                    "repairs.")
            << QStringLiteral("The council") << QStringLiteral("says")
            << QStringLiteral("cue 'says' after 'The council'");
        QTest::newRow("a body's finding with that")
            << en << QStringLiteral("The Commission found that the quay was sound.")
            << QStringLiteral("The Commission") << QStringLiteral("found")
            << QStringLiteral("evidence cue 'found' after 'The Commission'");
        QTest::newRow("a body finding a thing is no finding")
            << en << QStringLiteral("The Commission found a buyer for the quay.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("a verb of advising")
            << en << QStringLiteral("The company has advised customers to photograph any damage.")
            << QStringLiteral("The company") << QStringLiteral("advised")
            << QStringLiteral("cue 'advised' after 'The company'");
        QTest::newRow("a press release is a document")
            << en << QStringLiteral("The press release claims \"up to 94 percent accuracy\".")
            << QStringLiteral("The press release") << QStringLiteral("claims")
            << QStringLiteral("cue 'claims' after 'The press release'");
        QTest::newRow("an age and a relative clause between source and verb")
            << en << QStringLiteral("Ron Okafor, 71, who ran the ferry for forty years, said the quay was doomed.")
            << QStringLiteral("Ron Okafor, 71, who ran the ferry for forty years") << QStringLiteral("said")
            << QStringLiteral("cue 'said' after 'Ron Okafor, 71, who ran the ferry for forty years'");
        QTest::newRow("we are told: the listener is no source")
            << en << QStringLiteral("We are told the road will reopen in May.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("residents were told: the listener is no source")
            << en << QStringLiteral("Residents were told the road will reopen in May.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("ru first person")
            << QStringLiteral("ru") << QStringLiteral("Я сомневаюсь, что мост откроют в мае.")
            << QStringLiteral("Я") << QStringLiteral("сомневаюсь")
            << QStringLiteral("belief cue 'сомневаюсь' after 'Я'");
        QTest::newRow("a possessed document noun is a source")
            << en << QStringLiteral("The trust filed its papers in June. | Its register lists four directors.")
            << QStringLiteral("register") << QStringLiteral("lists")
            << QStringLiteral("evidence cue 'lists' after 'register'");
        QTest::newRow("a document noun with a complement is a source")
            << en << QStringLiteral("Research from the University of Lancaster found that thefts fell.")
            << QStringLiteral("Research") << QStringLiteral("found")
            << QStringLiteral("evidence cue 'found' after 'Research'");
        QTest::newRow("a bare document noun alone is no source")
            << en << QStringLiteral("Research found its way into the budget.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("plural pronoun shows a finding")
            << en << QStringLiteral("The clinic kept waiting lists for a decade. | They show that waits doubled.")
            << QStringLiteral("They") << QStringLiteral("show")
            << QStringLiteral("evidence cue 'show' after 'They'");
        QTest::newRow("plural pronoun showing up is no finding")
            << en << QStringLiteral("The clinic kept waiting lists for a decade. | They show up in every audit.")
            << none << none << QStringLiteral("no attribution cue");
        QTest::newRow("ru head-first document")
            << QStringLiteral("ru") << QStringLiteral("Статистика министерства показывает, что очереди выросли вдвое.")
            << QStringLiteral("Статистика министерства") << QStringLiteral("показывает")
            << QStringLiteral("evidence cue 'показывает' after 'Статистика министерства'");
        QTest::newRow("ru a document after a preposition leaves the source to its owner")
            << QStringLiteral("ru") << QStringLiteral("Согласно данным Росстата, очереди выросли вдвое.")
            << QStringLiteral("данным Росстата") << QStringLiteral("Согласно")
            << QStringLiteral("cue 'Согласно' before 'данным Росстата'");
        QTest::newRow("uk a person is not what a report shows")
            << QStringLiteral("uk") << QStringLiteral("Лікар Петренко показує дорогу до нового корпусу.")
            << none << none << QStringLiteral("no attribution cue");
        // clang-format on
    }

    void nounAndColonCues()
    {
        QFETCH(QString, language);
        QFETCH(QString, notation);
        QFETCH(QString, mention);
        QFETCH(QString, cue);
        QFETCH(QString, reason);

        const Spanned input = spanned(notation);
        const QList<AttributionSuggestion> suggestions
            = AttributionSuggester(languageFromCode(language)).suggest(input.text, input.sentences);
        QCOMPARE(suggestions.size(), input.sentences.size());
        const AttributionSuggestion &s = suggestions.constLast();
        QCOMPARE(s.source ? slice(input.text, s.source->mention) : QString(), mention);
        QCOMPARE(s.cueText, cue);
        QVERIFY2(s.reason.startsWith(reason), qPrintable(s.reason));
        if (mention.isEmpty()) {
            QCOMPARE(toString(s.scope), QStringLiteral("author"));
        } else {
            QCOMPARE(toString(s.scope), QStringLiteral("explicit"));
            // Each class has its own ceiling in the lexicon: nouns 0.7, colons 0.6; a verb keeps its own.
            const double ceiling = cue == u":" ? 0.6 : reason.startsWith(QLatin1String("attribution noun")) ? 0.7 : 0.9;
            QVERIFY2(s.confidence > 0.0 && s.confidence <= ceiling, qPrintable(QString::number(s.confidence)));
        }
    }

    void profile_data()
    {
        QTest::addColumn<QString>("notation");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("onRecord");

        QTest::newRow("one official") << QStringLiteral("The plan is ready, one U.S. official said.") << 0 << true
                                      << QStringLiteral("one") << QString() << true;
        QTest::newRow("another official") << QStringLiteral("One official said no.\nAnother official said yes.") << 1
                                          << true << QStringLiteral("another") << QString() << true;
        QTest::newRow("group speaking on condition of anonymity")
            << QStringLiteral("American officials, speaking on condition of anonymity, said the plan failed.") << 0
            << true << QStringLiteral("several") << QString() << false;
        QTest::newRow("source who asked not to be named")
            << QStringLiteral("A person briefed on the talks, who asked not to be named, said the lists were ready.")
            << 0 << true << QStringLiteral("one") << QString() << false;
        QTest::newRow("title before the name")
            << QStringLiteral("Talks stalled, White House National Security Council spokesman John Kirby said.") << 0
            << false << QStringLiteral("one") << QStringLiteral("White House National Security Council spokesman")
            << true;
        QTest::newRow("title in an appositive")
            << QStringLiteral("Viktor Lozinsky, the headquarters' secretary, said the list was ready.") << 0 << false
            << QStringLiteral("one") << QStringLiteral("the headquarters' secretary") << true;
        QTest::newRow("title remembered for the surname")
            << QStringLiteral("Kremlin spokesman Pavel Orlov said no.\nOrlov said the plan was a provocation.") << 1
            << false << QStringLiteral("one") << QStringLiteral("Kremlin spokesman") << true;
    }

    void profile()
    {
        QFETCH(QString, notation);
        QFETCH(int, index);
        QFETCH(bool, anonymous);
        QFETCH(QString, count);
        QFETCH(QString, title);
        QFETCH(bool, onRecord);

        const Spanned input = spanned(notation);
        const QList<AttributionSuggestion> suggestions
            = AttributionSuggester(Language::English).suggest(input.text, input.sentences);
        const AttributionSuggestion &s = suggestions.at(index);
        QVERIFY(s.source.has_value());
        QCOMPARE(s.source->anonymous, anonymous);
        QCOMPARE(toString(s.source->count), count);
        QCOMPARE(s.source->title, title);
        QCOMPARE(s.source->onRecord, onRecord);
    }

    void deterministic()
    {
        const Spanned input
            = spanned(QStringLiteral("One official said no. | Another official said yes.\nPrices rose."));
        const AttributionSuggester suggester(Language::English);
        QCOMPARE(suggester.suggest(input.text, input.sentences), suggester.suggest(input.text, input.sentences));
    }

    void emptyAndOddInput()
    {
        const AttributionSuggester suggester(Language::English);
        QVERIFY(suggester.suggest(QString(), {}).isEmpty());
        const QString text = QStringLiteral("\"\" said , , . «» —");
        const QList<AttributionSuggestion> s = suggester.suggest(text, {{0, text.size()}, {3, 3}});
        QCOMPARE(s.size(), 2);
    }

    void articles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("known");
        for (const QString &name : articleNames()) {
            const QList<GoldRow> gold
                = readGold(QStringLiteral(SOURCELIGHT_TEST_DATA "/articles/") + name + QStringLiteral(".tsv"));
            QVERIFY2(!gold.isEmpty(), qPrintable(name));
            for (const GoldRow &row : gold) {
                QTest::addRow("%s:%d", qPrintable(name), row.index)
                    << name << row.index << row.prefix << row.source << row.kind << row.via << row.scope << row.quote
                    << row.known;
            }
        }
    }

    void articles()
    {
        QFETCH(QString, name);
        QFETCH(int, index);
        QFETCH(QString, prefix);
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QFETCH(QString, via);
        QFETCH(QString, scope);
        QFETCH(QString, quote);
        QFETCH(QString, known);

        const DocumentAnalysis &analysis = analysed(name);
        QVERIFY(index < analysis.sentences.size());
        const SentenceSpan &sentence = analysis.sentences.at(index);
        QVERIFY2(m_bodies.value(name).mid(sentence.start, sentence.end - sentence.start).startsWith(prefix),
            qPrintable(m_bodies.value(name).mid(sentence.start, sentence.end - sentence.start)));
        const AttributionSuggestion &s = analysis.suggestions.at(index);
        // One comparison of the whole label, so that a known miss is exactly one expected failure.
        const QStringList actual = {s.source ? s.source->name : QString(),
            s.source ? toString(s.source->kind) : QString(), viaNames(s), toString(s.scope), toString(s.quote)};
        const QStringList expected = {source, kind, via, scope, quote};
        if (!known.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(known), Abort);
        }
        QCOMPARE(actual, expected);
    }

    /// Precision, recall and F1 of source names over every labelled sentence: the figure the README reports.
    void articleScores()
    {
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        int sentences = 0;
        for (const QString &name : articleNames()) {
            const QList<GoldRow> gold
                = readGold(QStringLiteral(SOURCELIGHT_TEST_DATA "/articles/") + name + QStringLiteral(".tsv"));
            const DocumentAnalysis &analysis = analysed(name);
            QCOMPARE(gold.size(), analysis.sentences.size());
            for (const GoldRow &row : gold) {
                const AttributionSuggestion &s = analysis.suggestions.at(row.index);
                const QString suggested = s.source ? s.source->name : QString();
                predicted += suggested.isEmpty() ? 0 : 1;
                expected += row.source.isEmpty() ? 0 : 1;
                truePositives += (!suggested.isEmpty() && suggested == row.source) ? 1 : 0;
                ++sentences;
            }
        }
        const double precision = predicted ? double(truePositives) / predicted : 0.0;
        const double recall = expected ? double(truePositives) / expected : 0.0;
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        qInfo("source names on %d labelled sentences: precision %.3f recall %.3f F1 %.3f", sentences, precision, recall,
            f1);
        QVERIFY2(f1 >= 0.9, qPrintable(QString::number(f1)));
    }

private:
    const DocumentAnalysis &analysed(const QString &name)
    {
        if (!m_analyses.contains(name)) {
            QFile file(QStringLiteral(":/samples/") + name + QStringLiteral(".md"));
            if (!file.open(QIODevice::ReadOnly)) {
                qWarning() << "missing sample" << name;
            }
            QString language;
            const QString body = articleBody(QString::fromUtf8(file.readAll()), &language);
            m_bodies.insert(name, body);
            m_analyses.insert(name, analyzeDocument(body, languageFromCode(language)));
        }
        return m_analyses[name];
    }

    QHash<QString, DocumentAnalysis> m_analyses;
    QHash<QString, QString> m_bodies;
};

QTEST_GUILESS_MAIN(AttributionSuggesterTest)
#include "attributionsuggester_test.moc"
