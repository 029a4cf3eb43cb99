// Inter-coder agreement: Krippendorff's α against the published worked examples, Cohen's κ against the textbook
// one, the undefined cases, and the ratings table reader.
#include "agreement.h"

#include <QJsonArray>
#include <QTest>

using namespace Sourcelight;

namespace {

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, values 1–5,
/// missing values; α nominal = 0.743.
const QString KrippendorffData = QStringLiteral("unit,A,B,C,D\n"
                                                "1,1,1,,1\n"
                                                "2,2,2,3,2\n"
                                                "3,3,3,3,3\n"
                                                "4,3,3,3,3\n"
                                                "5,2,2,2,2\n"
                                                "6,1,2,3,4\n"
                                                "7,4,4,4,4\n"
                                                "8,1,1,2,1\n"
                                                "9,2,2,2,2\n"
                                                "10,,5,5,5\n"
                                                "11,,,1,1\n"
                                                "12,,3,,\n");

/// The worked example of the Wikipedia article "Krippendorff's alpha": 3 coders, 15 units; α nominal = 0.691.
const QString WikipediaData = QStringLiteral("unit\tA\tB\tC\n"
                                             "1\t\t1\t\n"
                                             "2\t\t\t\n"
                                             "3\t\t2\t2\n"
                                             "4\t\t1\t1\n"
                                             "5\t\t3\t3\n"
                                             "6\t3\t3\t4\n"
                                             "7\t4\t4\t4\n"
                                             "8\t1\t3\t\n"
                                             "9\t2\t\t2\n"
                                             "10\t1\t\t1\n"
                                             "11\t1\t\t1\n"
                                             "12\t3\t\t3\n"
                                             "13\t3\t\t3\n"
                                             "14\t\t\t\n"
                                             "15\t3\t\t4\n");

ReliabilityData parse(const QString &csv)
{
    QString error;
    const std::optional<ReliabilityData> data = ReliabilityData::fromCsv(csv, &error);
    if (!data) {
        qWarning() << "unexpected parse error:" << error;
        return {};
    }
    return *data;
}

QString row(const QString &unit, const QStringList &values)
{
    return unit + QLatin1Char(',') + values.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

class AgreementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void krippendorffWorkedExample()
    {
        const AgreementReport report = AgreementReport::nominal(parse(KrippendorffData));
        QCOMPARE(report.units, 12);
        QCOMPARE(report.coders, 4);
        QCOMPARE(report.values, 41);
        QCOMPARE(report.pairableUnits, 11); // unit 12 was coded once
        QCOMPARE(report.pairableValues, 40);
        QCOMPARE(report.categories, 5);
        QVERIFY(report.alpha);
        QCOMPARE(QString::number(*report.alpha, 'f', 3), QStringLiteral("0.743"));
        QVERIFY(qAbs(*report.alpha - 0.743421) < 1e-6);
        QCOMPARE(report.toJson().value(QLatin1String("alpha")).toDouble(), 0.7434);
    }

    void wikipediaWorkedExample()
    {
        const AgreementReport report = AgreementReport::nominal(parse(WikipediaData));
        QCOMPARE(report.units, 15);
        QCOMPARE(report.coders, 3);
        QCOMPARE(report.pairableUnits, 12); // units 1, 2 and 14 have fewer than two values
        QVERIFY(report.alpha);
        QCOMPARE(QString::number(*report.alpha, 'f', 3), QStringLiteral("0.691"));
    }

    void cohenKappaTextbookExample()
    {
        // 50 grant proposals read by A and B: both yes 20, A yes B no 5, A no B yes 10, both no 15. Observed
        // agreement 0.7, chance agreement 0.5, κ = 0.4.
        QString csv = QStringLiteral("proposal,A,B\n");
        int unit = 0;
        const auto add = [&](int count, const char *a, const char *b) {
            for (int i = 0; i < count; ++i) {
                csv += row(QString::number(++unit), {QString::fromLatin1(a), QString::fromLatin1(b)});
            }
        };
        add(20, "yes", "yes");
        add(5, "yes", "no");
        add(10, "no", "yes");
        add(15, "no", "no");
        const AgreementReport report = AgreementReport::nominal(parse(csv));
        QCOMPARE(report.pairs.size(), 1);
        const PairAgreement &pair = report.pairs.first();
        QCOMPARE(pair.first, QStringLiteral("A"));
        QCOMPARE(pair.second, QStringLiteral("B"));
        QCOMPARE(pair.units, 50);
        QVERIFY(pair.percent && qAbs(*pair.percent - 0.7) < 1e-12);
        QVERIFY(pair.cohenKappa && qAbs(*pair.cohenKappa - 0.4) < 1e-12);
    }

    void pairsCountOnlyUnitsBothCoded()
    {
        const AgreementReport report = AgreementReport::nominal(parse(KrippendorffData));
        QCOMPARE(report.pairs.size(), 6); // A–B, A–C, A–D, B–C, B–D, C–D
        const PairAgreement &ab = report.pairs.at(0);
        QCOMPARE(ab.first + ab.second, QStringLiteral("AB"));
        QCOMPARE(ab.units, 9);                                        // A coded units 1–9, B all of those
        QVERIFY(ab.percent && qAbs(*ab.percent - 8.0 / 9.0) < 1e-12); // they differ only on unit 6
        const PairAgreement &cd = report.pairs.at(5);
        QCOMPARE(cd.first + cd.second, QStringLiteral("CD"));
        QCOMPARE(cd.units, 10);
    }

    void perfectAgreementIsOne()
    {
        const AgreementReport report
            = AgreementReport::nominal(parse(QStringLiteral("u,A,B,C\n1,x,x,x\n2,y,y,\n3,z,z,z\n")));
        QVERIFY(report.alpha);
        QCOMPARE(*report.alpha, 1.0);
        for (const PairAgreement &pair : report.pairs) {
            QCOMPARE(pair.cohenKappa.value_or(-1), 1.0);
        }
    }

    void systematicDisagreementIsNegative()
    {
        // Each coder always says the opposite of the other: worse than chance.
        const AgreementReport report
            = AgreementReport::nominal(parse(QStringLiteral("u,A,B\n1,yes,no\n2,no,yes\n3,yes,no\n4,no,yes\n")));
        QVERIFY(report.alpha && *report.alpha < 0);
        QVERIFY(report.pairs.first().cohenKappa && *report.pairs.first().cohenKappa < 0);
        QCOMPARE(report.pairs.first().percent.value_or(-1), 0.0);
    }

    void undefinedWhenNothingVaries()
    {
        const AgreementReport same
            = AgreementReport::nominal(parse(QStringLiteral("u,A,B\n1,false,false\n2,false,false\n")));
        QVERIFY(!same.alpha);
        QVERIFY(!same.pairs.first().cohenKappa);
        QCOMPARE(same.pairs.first().percent.value_or(-1), 1.0);
        QVERIFY(same.toJson().value(QLatin1String("alpha")).isNull());
        QVERIFY(same.toText().contains(QLatin1String("every value is the same")));

        const AgreementReport unpaired = AgreementReport::nominal(parse(QStringLiteral("u,A,B\n1,x,\n2,,y\n")));
        QCOMPARE(unpaired.pairableUnits, 0);
        QVERIFY(!unpaired.alpha);
        QCOMPARE(unpaired.pairs.first().units, 0);
        QVERIFY(!unpaired.pairs.first().percent);
        QVERIFY(unpaired.toText().contains(QLatin1String("no unit was coded twice")));
    }

    void readsQuotedCells()
    {
        QString error;
        const std::optional<ReliabilityData> data
            = ReliabilityData::fromCsv(QStringLiteral("\uFEFFsentence,\"Ana, senior\",Bo\r\n"
                                                      "\"s1\",\"says \"\"maybe\"\"\", \"x\" \r\n"
                                                      "\r\n"
                                                      "s2,\"two\nlines\",\n"
                                                      "s3\n"),
                &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->coders, (QStringList {QStringLiteral("Ana, senior"), QStringLiteral("Bo")}));
        QCOMPARE(data->units, (QStringList {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
        QCOMPARE(data->values.at(0).at(0).value_or(QString()), QStringLiteral("says \"maybe\""));
        QCOMPARE(data->values.at(0).at(1).value_or(QString()), QStringLiteral("x"));
        QCOMPARE(data->values.at(1).at(0).value_or(QString()), QStringLiteral("two\nlines"));
        QVERIFY(!data->values.at(1).at(1)); // empty = missing
        QVERIFY(!data->values.at(2).at(0)); // a short row: the rest is missing
        QVERIFY(!data->values.at(2).at(1));
    }

    void refusesMalformedTables_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QStringLiteral("\n\n") << QStringLiteral("empty");
        QTest::newRow("no coder") << QStringLiteral("unit\n1\n") << QStringLiteral("line 1: the first row");
        QTest::newRow("unnamed coder") << QStringLiteral("unit,A,\n1,x,y\n") << QStringLiteral("coder 2 has no name");
        QTest::newRow("coder twice") << QStringLiteral("unit,A,A\n") << QStringLiteral("'A' is named twice");
        QTest::newRow("too many cells") << QStringLiteral("unit,A,B\n1,x,y\n2,x,y,z\n")
                                        << QStringLiteral("line 3: 3 values, but the first row names 2 coder");
        QTest::newRow("open quote") << QStringLiteral("unit,A\n1,x\n2,\"x\n3,y\n")
                                    << QStringLiteral("line 3: a quoted cell is not closed");
        QTest::newRow("text after quote")
            << QStringLiteral("unit,A\n1,\"x\"y\n") << QStringLiteral("line 2: text after a closing quote");
    }

    void refusesMalformedTables()
    {
        QFETCH(QString, csv);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReliabilityData::fromCsv(csv, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void jsonForm()
    {
        const QJsonObject json = AgreementReport::nominal(parse(KrippendorffData)).toJson();
        QCOMPARE(json.value(QLatin1String("level")).toString(), QStringLiteral("nominal"));
        QCOMPARE(json.value(QLatin1String("pairableValues")).toInt(), 40);
        const QJsonArray pairs = json.value(QLatin1String("pairs")).toArray();
        QCOMPARE(pairs.size(), 6);
        const QJsonObject first = pairs.first().toObject();
        QCOMPARE(
            first.value(QLatin1String("coders")).toArray(), (QJsonArray {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(first.value(QLatin1String("units")).toInt(), 9);
        QCOMPARE(first.value(QLatin1String("percentAgreement")).toDouble(), 0.8889);
    }
};

QTEST_GUILESS_MAIN(AgreementTest)
#include "agreement_test.moc"
