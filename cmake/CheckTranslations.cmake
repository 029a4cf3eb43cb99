# ctest helper: every translation is complete and current.
#   -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -DTS_FILES="a.ts;b.ts"
# For each .ts: lupdate a copy from the sources (as `update_translations` does) and fail when that adds a string
# the committed file lacks, leaves an entry unfinished, or finds one that is obsolete or vanished.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    file(READ "${ts}" committed)
    string(REGEX MATCHALL "<message[ >]" committed_messages "${committed}")
    list(LENGTH committed_messages n_committed)
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/reports" "${SOURCE_DIR}/models"
                "${SOURCE_DIR}/ingest" "${SOURCE_DIR}/store" "${SOURCE_DIR}/import" "${SOURCE_DIR}/analysis" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(APPEND failures "${name}: lupdate failed: ${err}")
        continue()
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH obsolete n_obsolete)
    string(REGEX MATCHALL "<message[ >]" current_messages "${content}")
    list(LENGTH current_messages n_current)
    if(n_current LESS n_committed)
        math(EXPR gone "${n_committed} - ${n_current}")
        set(n_obsolete "${gone}")
    endif()
    # Plural-only source-language file: entries without numerus forms carry no translation by design.
    if(name MATCHES "_en\\.ts$")
        continue()
    endif()
    if(n_unfinished GREATER 0 OR n_obsolete GREATER 0)
        string(REGEX MATCHALL "<source>[^<]*</source>\n[^\n]*<translation type=\"unfinished\"" examples "${content}")
        list(SUBLIST examples 0 5 examples)
        list(APPEND failures "${name}: ${n_unfinished} unfinished, ${n_obsolete} obsolete. First unfinished: ${examples}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Translations are not complete:\n${text}\nRun `make translations`, translate, commit.")
endif()
message(STATUS "translations complete")
