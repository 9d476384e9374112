# Desktop integration and packaging. `installer/build-deb.sh` installs the build into a staging
# root and makes the Debian package from it; these rules say what a `cmake --install` puts where.
#
# The application id names every desktop file: the .desktop entry, the AppStream metainfo, the
# MIME package and the icons. app/gui/main.cpp passes the same id to setDesktopFileName().
set(HONE_APP_ID "io.github.hone.Hone")
set(hone_resources ${CMAKE_SOURCE_DIR}/resources)

install(FILES ${hone_resources}/${HONE_APP_ID}.desktop DESTINATION share/applications)
install(FILES ${hone_resources}/${HONE_APP_ID}.metainfo.xml DESTINATION share/metainfo)
install(FILES ${hone_resources}/${HONE_APP_ID}.xml DESTINATION share/mime/packages)

# Icons: the SVG is the one source. The hicolor PNG sizes are rendered from it at build time, so
# no bitmap is ever committed or out of date.
install(FILES ${hone_resources}/icons/hone.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME ${HONE_APP_ID}.svg)
find_program(HONE_RSVG_CONVERT rsvg-convert)
if(HONE_RSVG_CONVERT)
    set(hone_icon_pngs)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${HONE_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
            COMMAND ${HONE_RSVG_CONVERT} --width ${size} --height ${size} --format png
                    --output ${png} ${hone_resources}/icons/hone.svg
            DEPENDS ${hone_resources}/icons/hone.svg
            COMMENT "Rendering the ${size}x${size} application icon"
            VERBATIM)
        list(APPEND hone_icon_pngs ${png})
        install(FILES ${png} DESTINATION share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(hone_icons ALL DEPENDS ${hone_icon_pngs})
else()
    message(WARNING "rsvg-convert (librsvg2-bin) not found: only the scalable icon is installed")
endif()

# Everything the package holds, for build-deb.sh to bring up to date before it installs.
add_custom_target(hone_package_files)
foreach(target hone hone-cli hone_icons hone_docs)
    if(TARGET ${target})
        add_dependencies(hone_package_files ${target})
    endif()
endforeach()

# build-deb.sh reads the version from here, so the package says what this build is.
file(WRITE ${CMAKE_BINARY_DIR}/packaging/version "${PROJECT_VERSION}\n")
