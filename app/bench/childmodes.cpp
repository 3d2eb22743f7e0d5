#include "childmodes.h"

#include "bookfactory.h"
#include "measure.h"
#include "portfoliobench.h"
#include "storebench.h"

#include "book/booksession.h"
#include "booktableview.h"
#include "mainwindow.h"
#include "portfolio/portfoliodashboard.h"
#include "portfolio/teambookloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace csm::bench {

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0, so read them whole rather than line by line up to atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void reportReady(const QElapsedTimer &sinceMain, int rows)
{
    std::printf("ready %.3f %lld %d\n", elapsedMs(sinceMain), peakRssKb(), rows);
    std::fflush(stdout);
}

/// Waits for the first paint of the book list after rows arrived (the first page of a large
/// book), reports it once the paint has finished (the queued call runs after the paint event),
/// then waits for the whole book and reports the memory it holds.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent), m_sinceMain(sinceMain) { }
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

    void setLoaded(int rows, bool complete)
    {
        m_rows = rows;
        m_loaded = true;
        m_complete = complete;
        if (complete && m_reported)
            QTimer::singleShot(0, this, [this] { finish(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_loaded && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [this] {
                reportReady(m_sinceMain, m_rows);
                if (m_complete)
                    finish();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        std::printf("loaded %.3f %lld %d\n", elapsedMs(m_sinceMain), peakRssKb(), m_rows);
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    bool m_complete = false;

private:
    const QElapsedTimer &m_sinceMain;
    int m_rows = 0;
    bool m_loaded = false;
    bool m_reported = false;
};

} // namespace

int runChildOpen(int &argc, char **argv, const QString &path, const QElapsedTimer &sinceMain)
{
    QCoreApplication app(argc, argv);
    auto book = openToFirstPage(path, true);
    if (!book) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(book.errorMessage()));
        return 1;
    }
    reportReady(sinceMain, book->model->rowCount());
    return 0;
}

int runChildPortfolio(int &argc, char **argv, const QString &dir, const QElapsedTimer &sinceMain)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir cache;
    auto portfolio = openPortfolio(teamBookFiles({ dir }), cache.path());
    if (!portfolio) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(portfolio.errorMessage()));
        return 1;
    }
    const PortfolioDashboard dashboard =
        computeDashboard(*portfolio, PortfolioFilter::forPeriod(benchToday(), 3, CurrencyRates::defaults()));
    if (dashboard.team.accounts == 0) {
        std::fprintf(stderr, "csm-bench: the portfolio is empty\n");
        return 1;
    }
    reportReady(sinceMain, int(portfolio->entries().size()));
    return 0;
}

int runChildGui(int &argc, char **argv, const QString &path, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("csm-bench-gui"));
    QApplication::setOrganizationName(QStringLiteral("CSM Workbench"));

    MainWindow window;
    window.setOfferDemoWhenEmpty(false);
    auto session = BookSession::open(path);
    if (!session) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    BookSession *bookSession = session->get();
    auto *watcher = new FirstPaintWatcher(sinceMain, &window);
    window.tableView()->viewport()->installEventFilter(watcher);
    // Connected after setSession(), so the window has taken the rows when this runs.
    window.setSession(std::move(*session));
    // The list is usable once its first page is in (a small book loads whole at once).
    QObject::connect(bookSession, &BookSession::firstPageLoaded, watcher, [watcher, &window](int rows) {
        watcher->setLoaded(rows, false);
        window.tableView()->viewport()->update();
    });
    QObject::connect(bookSession, &BookSession::loaded, watcher, [watcher, &window](int rows) {
        watcher->setLoaded(rows, true);
        window.tableView()->viewport()->update();
    });
    QObject::connect(bookSession, &BookSession::failed, watcher, [](const QString &message) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(120'000, watcher, [] {
        std::fprintf(stderr, "csm-bench: no paint after the book loaded\n");
        QCoreApplication::exit(2);
    });
    window.show();
    return QApplication::exec();
}

} // namespace csm::bench
