# The Debian package of the app and csmctl, from a build directory:
#   cmake --build build/release && (cd build/release && cpack -G DEB)
# It holds what the install() rules install: csm-workbench and csmctl (never the benchmark, the CRM
# emulator or tests), the .desktop file, the icons, the metainfo and the README.

set(CSM_PACKAGE_MAINTAINER "CSM Workbench maintainers <maintainers@csm-workbench.invalid>"
    CACHE STRING "The Maintainer field of the Debian package (Name <email>)")

set(CPACK_PACKAGE_NAME "csm-workbench")
set(CPACK_PACKAGE_VENDOR "CSM Workbench")
set(CPACK_PACKAGE_CONTACT "${CSM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop workbench for customer success managers")
# Lines as they appear in `apt show` (Debian wraps nothing).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "CSM Workbench keeps a customer success manager's book of business in a local\n"
    "SQLite file, split into high-touch, mid-touch and tech-touch segments:\n"
    "explainable health scores, renewals, meeting notes and QBRs, playbooks, a\n"
    "Today list, QBR decks as PDF, and sync with HubSpot, Salesforce or CRM\n"
    "export files.\n"
    "\n"
    "The package holds the desktop app (csm-workbench, in the Office menu) and\n"
    "csmctl, which scripts the same book from the command line.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps turns the linked libraries into Depends (libqt6widgets6, libqt6charts6, ...). It
# cannot see plugins: the SQLite driver every book is opened with is named here. The X11 platform
# plugin ships in libqt6gui6, which the app links; the Wayland one, Qt's own translated strings and
# a CJK font for Japanese names in QBR decks are optional.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, fonts-noto-cjk | fonts-wqy-microhei")

include(CPack)
