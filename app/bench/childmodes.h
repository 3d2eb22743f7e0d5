#pragma once

#include <QElapsedTimer>
#include <QString>

namespace csm::bench {

/// The child modes print one line "ready <ms since main> <VmHWM kB> <rows>" on stdout when done,
/// so the parent can time them from spawn and read their peak memory.

/// `--child-open PATH`: opens the book to its first page (no GUI) and reports.
int runChildOpen(int &argc, char **argv, const QString &path, const QElapsedTimer &sinceMain);

/// `--child-gui PATH`: the app's start-up (QApplication, MainWindow, BookSession::open, show) and
/// reports after the book list's first paint that follows BookSession::loaded.
int runChildGui(int &argc, char **argv, const QString &path, const QElapsedTimer &sinceMain);

/// `--child-portfolio DIR`: opens the team books in DIR into a portfolio (no GUI), computes its
/// dashboard and reports; the rows are the portfolio's entries.
int runChildPortfolio(int &argc, char **argv, const QString &dir, const QElapsedTimer &sinceMain);

} // namespace csm::bench
