# Packaging: `cpack -G DEB` in the build folder makes a .deb that installs hone and hone-cli,
# the desktop entry and the icon, with dependencies filled in by dpkg-shlibdeps.
install(FILES ${CMAKE_SOURCE_DIR}/resources/hone.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hone.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "hone")
set(CPACK_PACKAGE_VENDOR "Hone")
set(CPACK_PACKAGE_CONTACT "Hone developers <hone@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp, libqt6svg6")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
