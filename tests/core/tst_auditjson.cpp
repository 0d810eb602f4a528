#include "storage/auditjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace linli;

// The audit fields written by hand (bulk writes) are what QJsonDocument writes of the same
// object, byte for byte: the audit trail reads them back with Qt's parser.
class TestAuditJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAsQtDoes_data();
    void writesAsQtDoes();
};

void TestAuditJson::writesAsQtDoes_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("王秀英");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes") << QStringLiteral("说\"好\"的");
    QTest::newRow("backslash") << QStringLiteral("C:\\备注");
    QTest::newRow("line breaks and tabs") << QStringLiteral("一\n二\r\n三\t四");
    QTest::newRow("backspace and form feed") << QStringLiteral("a\bb\fc");
    QTest::newRow("other control characters")
        << QString(QChar(1)) + QChar(0x1f) + QStringLiteral("x") + QChar(0x7f);
    QTest::newRow("beyond the basic plane") << QStringLiteral("𠀀 and 😀");
    QTest::newRow("slash and line separator") << QStringLiteral("a/b") + QChar(0x2028);
}

void TestAuditJson::writesAsQtDoes() {
    QFETCH(QString, text);
    AuditJson json;
    json.add(QLatin1StringView("birth_date"), QString())
        .add(QLatin1StringView("disabled"), true)
        .add(QLatin1StringView("household_id"), qint64(4211))
        .add(QLatin1StringView("name"), text)
        .add(QLatin1StringView("volunteer"), false);
    const QJsonObject object = {{QStringLiteral("name"), text},
                                {QStringLiteral("household_id"), 4211},
                                {QStringLiteral("volunteer"), false},
                                {QStringLiteral("birth_date"), QString()},
                                {QStringLiteral("disabled"), true}};
    QCOMPARE(json.text(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    QCOMPARE(QJsonDocument::fromJson(json.text().toUtf8()).object(), object);
}

QTEST_GUILESS_MAIN(TestAuditJson)
#include "tst_auditjson.moc"
