# `cmake --build build --target run-demo`: makes the demo community once, then opens Linli on it.
if(NOT EXISTS "${DB}")
    execute_process(COMMAND "${CLI}" --db "${DB}" demo RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "The demo database could not be made.")
    endif()
endif()
execute_process(COMMAND "${APP}" --db "${DB}")
