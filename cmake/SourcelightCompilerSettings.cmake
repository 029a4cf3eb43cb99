# Compiler settings shared by every Sourcelight target: sourcelight_setup_target(<target>).

if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(SOURCELIGHT_CCACHE ccache)
    if(SOURCELIGHT_CCACHE)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${SOURCELIGHT_CCACHE}")
    endif()
endif()

function(sourcelight_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060800)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
        if(SOURCELIGHT_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
