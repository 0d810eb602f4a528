# `cpack -G DEB` in the build folder: a Debian package of both programs (their translations are
# compiled in), the desktop entry, the AppStream metainfo, the icons and the user guide.
# Libraries the programs link are found by dpkg-shlibdeps; what Qt loads at run time (the
# SQLite driver, the platform plugins) is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME linli)
set(CPACK_PACKAGE_VENDOR "The Linli developers")
set(CPACK_PACKAGE_CONTACT "The Linli developers <linli@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop program of an urban residents' community office")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Linli keeps a community office's daily work in one local file: the residents registry, "
    "visitors' complaints followed until they are resolved, neighbour-dispute mediation "
    "cases with their sessions and agreements, and the hygiene pacts each building signs.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# The PostgreSQL driver is for desks that share a server database (docs/server.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)
