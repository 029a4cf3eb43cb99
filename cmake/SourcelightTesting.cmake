# sourcelight_add_test(<file.cpp> LIBRARIES <targets…> [GUI] [SERVER])
#
# One Qt Test executable per test file: tests/<folder>/<name>_test.cpp becomes the executable and ctest test
# "<folder>_<name>", run offscreen with an isolated HOME and XDG folders so no test touches the user's data.
# SERVER: the test also runs as "<folder>_<name>_postgresql" on a PostgreSQL server (tests/testprojects.h): under
# Debian's pg_virtualenv, which starts a throwaway cluster for the one run. Without pg_virtualenv those runs are not
# registered, and the test "postgresql_suite" says why (as a skipped test).
find_program(SOURCELIGHT_PG_VIRTUALENV pg_virtualenv)

function(sourcelight_add_test source)
    cmake_parse_arguments(ARG "GUI;SERVER" "TIMEOUT" "LIBRARIES;DEPENDS" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(REPLACE "/" "_" prefix "${rel}")
    set(test_name "${prefix}_${name}")
    qt_add_executable(${test_name} "${source}")
    set_target_properties(${test_name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${test_name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${test_name} PRIVATE
        SOURCELIGHT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        SOURCELIGHT_BINARY_DIR="${CMAKE_BINARY_DIR}")
    sourcelight_setup_target(${test_name})
    if(ARG_DEPENDS)
        add_dependencies(${test_name} ${ARG_DEPENDS})
    endif()
    add_test(NAME ${test_name} COMMAND ${test_name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(home "${CMAKE_BINARY_DIR}/test-home/${test_name}")
    set_tests_properties(${test_name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/runtime;LC_ALL=C.UTF-8")
    file(MAKE_DIRECTORY "${home}/runtime")
    file(CHMOD "${home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    if(ARG_GUI)
        set_property(TEST ${test_name} APPEND PROPERTY LABELS gui)
    endif()
    if(ARG_SERVER AND SOURCELIGHT_PG_VIRTUALENV)
        # -t: the cluster in a temporary folder even as root (as in the build root), so a run that is killed leaves
        # nothing behind that the next one would trip over.
        add_test(NAME ${test_name}_postgresql COMMAND ${SOURCELIGHT_PG_VIRTUALENV} -t $<TARGET_FILE:${test_name}>)
        # A home of its own: the run on files may be running at the same time, and two processes sharing one
        # settings file wait on each other's lock.
        set(server_home "${home}_postgresql")
        file(MAKE_DIRECTORY "${server_home}/runtime")
        file(CHMOD "${server_home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
        # One cluster at a time: two pg_virtualenv starting at once may pick the same port.
        set_tests_properties(${test_name}_postgresql PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${server_home};XDG_DATA_HOME=${server_home}/data;XDG_CONFIG_HOME=${server_home}/config;XDG_CACHE_HOME=${server_home}/cache;XDG_RUNTIME_DIR=${server_home}/runtime;LC_ALL=C.UTF-8;SOURCELIGHT_TEST_SERVER=postgresql:///"
            RESOURCE_LOCK postgresql
            LABELS postgresql)
    endif()
endfunction()

# sourcelight_add_tests(<file.cpp>… LIBRARIES <targets…> [GUI] [SERVER] [DEPENDS <targets…>] [TIMEOUT <seconds>])
#
# sourcelight_add_test() for each file, all with the same options (as ECM's ecm_add_tests): a folder lists its tests
# in one call per set of libraries.
function(sourcelight_add_tests)
    cmake_parse_arguments(ARG "GUI;SERVER" "TIMEOUT" "LIBRARIES;DEPENDS" ${ARGN})
    set(options)
    if(ARG_GUI)
        list(APPEND options GUI)
    endif()
    if(ARG_SERVER)
        list(APPEND options SERVER)
    endif()
    if(ARG_TIMEOUT)
        list(APPEND options TIMEOUT ${ARG_TIMEOUT})
    endif()
    if(ARG_LIBRARIES)
        list(APPEND options LIBRARIES ${ARG_LIBRARIES})
    endif()
    if(ARG_DEPENDS)
        list(APPEND options DEPENDS ${ARG_DEPENDS})
    endif()
    foreach(source IN LISTS ARG_UNPARSED_ARGUMENTS)
        sourcelight_add_test(${source} ${options})
    endforeach()
endfunction()
