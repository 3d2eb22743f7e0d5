#include "store/accountrepository.h"
#include "store/bookreader.h"
#include "store/contactrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestBookReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsRowsWithTheLatestTouch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"book.sqlite"_s));
        QVERIFY(db.ok());
        const QSqlDatabase c = (*db)->connection();

        Account a;
        a.crmId = u"A-1"_s;
        a.name = u"Northwind Logistics"_s;
        a.domain = u"northwind.io"_s;
        a.owner = u"Dana"_s;
        a.tags = { u"strategic"_s };
        a.arrCents = 500'00;
        a.renewalDate = QDate(2027, 3, 1);
        QVERIFY(AccountRepository(c).insert(a).ok());
        Account b;
        b.crmId = u"B-2"_s;
        b.name = u"Brightwave"_s;
        QVERIFY(AccountRepository(c).insert(b).ok());

        const ContactRepository contacts(c);
        for (const QDate &touch : { QDate(2026, 5, 1), QDate(2026, 11, 2), QDate() }) {
            Contact contact { 0, a.id, {}, u"P"_s, {}, {}, {}, false, touch };
            QVERIFY(contacts.insert(contact).ok());
        }

        auto rows = BookReader(c).readAll();
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), std::size_t(2));
        const BookRow &first = rows->at(0);
        QCOMPARE(first.id, a.id);
        QCOMPARE(first.lastTouch, QDate(2026, 11, 2));
        QCOMPARE(first.renewalDate, QDate(2027, 3, 1));
        QCOMPARE(first.arrCents, 500'00);
        QVERIFY(first.searchText.contains(u"northwind.io"_s));
        QVERIFY(first.searchText.contains(u"strategic"_s));
        QVERIFY(first.searchText.contains(u"dana"_s));
        QVERIFY(!rows->at(1).lastTouch.isValid());

        auto one = BookReader(c).readOne(b.id);
        QVERIFY(one.ok());
        QCOMPARE(one->name, u"Brightwave"_s);
        QVERIFY(!BookReader(c).readOne(9999).ok());
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"book.sqlite"_s));
        QVERIFY(db.ok());
        Account a;
        a.crmId = u"A"_s;
        a.name = u"A"_s;
        QVERIFY(AccountRepository((*db)->connection()).insert(a).ok());
        std::atomic_bool cancel { true };
        auto rows = BookReader((*db)->connection()).readAll(&cancel);
        QVERIFY(!rows.ok());
    }
};

QTEST_GUILESS_MAIN(TestBookReader)
#include "tst_bookreader.moc"
