# `cpack -G DEB` in the build folder: a Debian package of both programs (their translations are
# compiled in), the desktop entry, the AppStream metainfo, the icons and the user guide.
# Libraries the programs link are found by dpkg-shlibdeps; what Qt loads at run time (the
# SQLite driver, the platform plugins) is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME linli)
set(CPACK_PACKAGE_VENDOR "The Linli developers")
# No mail host answers for the project yet: a domain reserved never to resolve says so.
set(CPACK_PACKAGE_CONTACT "The Linli developers <linli@linli.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop program of an urban residents' community office")
# Lines under 80 characters, as Debian's tools show them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Linli keeps the daily work of a residents' community office in mainland\n"
    "China (社区居委会) in one local file: the residents registry, visitors'\n"
    "complaints followed until they are resolved, neighbour-dispute mediation\n"
    "cases with their sessions and agreements, and the hygiene pacts each\n"
    "building signs. Several desks can share a PostgreSQL server instead.\n"
    "linli-cli does the administrator's jobs from the command line.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Without the CJK fonts every Chinese character in the window and on paper is an empty box.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk")
# The PostgreSQL driver is for desks that share a server database (docs/server.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)

# What a Debian user finds beside the programs: a manual page for each, the copyright and the
# changelog, compressed as Debian's policy has them.
set(LINLI_PACKAGE_FILES ${CMAKE_BINARY_DIR}/package)
set(LINLI_COMPRESSED)
foreach(source man/linli.1 man/linli-cli.1 debian/changelog)
    get_filename_component(name ${source} NAME)
    set(compressed ${LINLI_PACKAGE_FILES}/${name}.gz)
    add_custom_command(OUTPUT ${compressed}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${LINLI_PACKAGE_FILES}
        COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${CMAKE_SOURCE_DIR}/resources/${source}
                ${compressed}
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/${source}
        VERBATIM)
    list(APPEND LINLI_COMPRESSED ${compressed})
endforeach()
add_custom_target(package_files ALL DEPENDS ${LINLI_COMPRESSED})
install(FILES ${LINLI_PACKAGE_FILES}/linli.1.gz ${LINLI_PACKAGE_FILES}/linli-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${LINLI_PACKAGE_FILES}/changelog.gz resources/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/linli)
include(CPack)
