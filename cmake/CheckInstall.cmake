# ctest helper: installs the build into a DESTDIR staging folder and checks that every piece a desktop
# needs is where the freedesktop specifications expect it.  -DBUILD_DIR=… -DSTAGE=…
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_QUIET
                COMMAND_ECHO NONE)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f
        usr/bin/sourcelight
        usr/share/applications/org.sourcelight.Sourcelight.desktop
        usr/share/metainfo/org.sourcelight.Sourcelight.metainfo.xml
        usr/share/mime/packages/org.sourcelight.Sourcelight.xml
        usr/share/icons/hicolor/scalable/apps/org.sourcelight.Sourcelight.svg
        usr/share/icons/hicolor/scalable/mimetypes/application-x-sourcelight-project.svg)
    if(NOT EXISTS "${STAGE}/${f}")
        message(FATAL_ERROR "missing after install: ${f}")
    endif()
endforeach()
message(STATUS "install layout ok")
