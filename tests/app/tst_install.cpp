#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList iconSizes { u"16"_s, u"24"_s, u"32"_s, u"48"_s, u"64"_s, u"128"_s, u"256"_s };

/// The keys of a .desktop file's [Desktop Entry] group.
QMap<QString, QString> desktopEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QMap<QString, QString> keys;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]";
        const qsizetype equals = line.indexOf(u'=');
        if (inEntry && equals > 0 && !line.startsWith(u'#'))
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

} // namespace

/// `cmake --install` of this build into a temporary prefix: the layout the Debian package is made
/// of, and nothing built for development.
class TestInstall final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QString bin(const QString &name) const
    {
        return installed(QStringLiteral(CSM_INSTALL_BINDIR) + u'/' + name);
    }
    QString share(const QString &relative) const
    {
        return installed(QStringLiteral(CSM_INSTALL_DATADIR) + u'/' + relative);
    }

    /// Every installed file, relative to the prefix.
    QStringList installedFiles() const
    {
        QStringList files;
        QDirIterator it(
            m_prefix.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(m_prefix.path()).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        QProcess install;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DESTDIR"_s);
        install.setProcessEnvironment(environment);
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(CSM_CMAKE_COMMAND),
            { u"--install"_s, QStringLiteral(CSM_BUILD_DIR), u"--prefix"_s, m_prefix.path() });
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
            install.readAll().constData());
    }

    void installsBothProgramsAndNothingElseAsAProgram()
    {
        const QStringList programs
            = QDir(installed(QStringLiteral(CSM_INSTALL_BINDIR))).entryList(QDir::Files);
        QCOMPARE(programs, QStringList({ u"csm-workbench"_s, u"csmctl"_s }));
        for (const QString &program : programs)
            QVERIFY2(QFileInfo(bin(program)).isExecutable(), qPrintable(program));
    }

    void installsNothingBuiltForDevelopment()
    {
        const QStringList files = installedFiles();
        QVERIFY(!files.isEmpty());
        const QString pattern
            = u"^(%1/(csm-workbench|csmctl)"
              "|%2/applications/csm-workbench\\.desktop"
              "|%2/metainfo/csm-workbench\\.metainfo\\.xml"
              "|%2/icons/hicolor/(\\d+x\\d+/apps/csm-workbench\\.png|scalable/apps/csm-workbench\\.svg)"
              "|%3/(README\\.md|licenses/[^/]+\\.txt))$"_s;
        const QRegularExpression expected(
            pattern.arg(QRegularExpression::escape(QStringLiteral(CSM_INSTALL_BINDIR)),
                QRegularExpression::escape(QStringLiteral(CSM_INSTALL_DATADIR)),
                QRegularExpression::escape(QStringLiteral(CSM_INSTALL_DOCDIR))));
        for (const QString &file : files) {
            QVERIFY2(expected.match(file).hasMatch(), qPrintable(u"unexpected install: "_s + file));
            const QString name = QFileInfo(file).fileName();
            QVERIFY2(!name.startsWith(u"tst_") && name != u"csm-bench" && name != u"csm-crm-emulator",
                qPrintable(file));
        }
    }

    void desktopEntryStartsAnInstalledProgramWithAnInstalledIcon()
    {
        const QString path = share(u"applications/csm-workbench.desktop"_s);
        QVERIFY(QFileInfo::exists(path));
        const QMap<QString, QString> entry = desktopEntry(path);
        QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
        QVERIFY(!entry.value(u"Name"_s).isEmpty());
        QVERIFY(entry.value(u"Categories"_s).split(u';').contains(u"Office"_s));
        for (const QString &language : { u"de"_s, u"es"_s, u"fr"_s }) {
            for (const QString &key : { u"Name"_s, u"GenericName"_s, u"Comment"_s })
                QVERIFY2(!entry.value(key + u'[' + language + u']').isEmpty(), qPrintable(key + language));
        }

        // The menu starts the program by name from PATH, so it must be one that is installed.
        const QString program = entry.value(u"Exec"_s).section(u' ', 0, 0);
        QCOMPARE(program, u"csm-workbench"_s);
        QVERIFY(QFileInfo(bin(program)).isExecutable());
        QCOMPARE(entry.value(u"TryExec"_s), program);

        // A theme icon name: the hicolor theme needs at least the 48 px picture.
        const QString icon = entry.value(u"Icon"_s);
        QCOMPARE(icon, u"csm-workbench"_s);
        QVERIFY(QFileInfo::exists(share(u"icons/hicolor/48x48/apps/%1.png"_s.arg(icon))));
        QVERIFY(QFileInfo::exists(share(u"icons/hicolor/scalable/apps/%1.svg"_s.arg(icon))));
    }

    void desktopEntryValidates()
    {
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        QVERIFY2(!validator.isEmpty(), "desktop-file-utils is needed");
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(validator, { share(u"applications/csm-workbench.desktop"_s) });
        QVERIFY(validate.waitForFinished(30000));
        const QByteArray output = validate.readAll();
        QVERIFY2(validate.exitCode() == 0 && output.isEmpty(), output.constData());
    }

    void installsTheIconAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (const QString &size : iconSizes)
            QTest::newRow(qPrintable(size + u'x' + size)) << size.toInt();
    }

    void installsTheIconAtEverySize()
    {
        QFETCH(int, size);
        const QImage image(share(u"icons/hicolor/%1x%1/apps/csm-workbench.png"_s.arg(size)));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void everyInstalledPngIsTheSizeItsFolderNames()
    {
        QDirIterator it(share(u"icons/hicolor"_s), { u"*.png"_s }, QDir::Files, QDirIterator::Subdirectories);
        QStringList folders;
        static const QRegularExpression sizeFolder(u"/(\\d+)x(\\d+)/apps/[^/]+\\.png$"_s);
        while (it.hasNext()) {
            const QString path = it.next();
            const QRegularExpressionMatch match = sizeFolder.match(path);
            QVERIFY2(match.hasMatch(), qPrintable(path));
            QCOMPARE(match.captured(1), match.captured(2));
            QCOMPARE(QImage(path).size(), QSize(match.captured(1).toInt(), match.captured(2).toInt()));
            folders.append(match.captured(1));
        }
        std::sort(folders.begin(), folders.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        QCOMPARE(folders, iconSizes);
    }

    void metainfoLaunchesTheDesktopEntryAndNamesInstalledPrograms()
    {
        QFile file(share(u"metainfo/csm-workbench.metainfo.xml"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString launchable;
        QStringList binaries;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"launchable")
                launchable = xml.readElementText();
            else if (xml.name() == u"binary")
                binaries.append(xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(launchable, u"csm-workbench.desktop"_s);
        QVERIFY(QFileInfo::exists(share(u"applications/"_s + launchable)));
        QCOMPARE(binaries, QStringList({ u"csm-workbench"_s, u"csmctl"_s }));
        for (const QString &binary : binaries)
            QVERIFY(QFileInfo(bin(binary)).isExecutable());
    }

    void installedProgramsSearchNoBuildTreeForLibraries()
    {
        const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
        QVERIFY2(!readelf.isEmpty(), "binutils is needed");
        for (const QString &program : { u"csm-workbench"_s, u"csmctl"_s }) {
            QProcess dynamic;
            dynamic.start(readelf, { u"-d"_s, bin(program) });
            QVERIFY(dynamic.waitForFinished(30000));
            QCOMPARE(dynamic.exitCode(), 0);
            const QString sections = QString::fromUtf8(dynamic.readAllStandardOutput());
            static const QRegularExpression searchPath(u"\\((?:RPATH|RUNPATH)\\).*\\[(.*)\\]"_s);
            for (auto match = searchPath.globalMatch(sections); match.hasNext();) {
                for (const QString &dir : match.next().captured(1).split(u':')) {
                    QVERIFY2(!dir.contains(u"$ORIGIN") && !dir.startsWith(QStringLiteral(CSM_BUILD_DIR))
                            && !dir.startsWith(QStringLiteral(CSM_SOURCE_DIR)),
                        qPrintable(program + u": "_s + dir));
                }
            }
        }
    }

    void installedProgramsRun_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("csm-workbench") << u"csm-workbench"_s;
        QTest::newRow("csmctl") << u"csmctl"_s;
    }

    void installedProgramsRun()
    {
        QFETCH(QString, program);
        QProcess process;
        process.start(bin(program), { u"--version"_s });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral(CSM_VERSION)));
    }

    void installsTheReadmeAndLicences()
    {
        const QString doc = installed(QStringLiteral(CSM_INSTALL_DOCDIR));
        QVERIFY(QFileInfo::exists(doc + u"/README.md"_s));
        QVERIFY(!QDir(doc + u"/licenses"_s).entryList({ u"*.txt"_s }, QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
