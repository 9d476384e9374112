# cmake -DCLI=path/to/hone-cli -DOUTPUT=file -P writecompletion.cmake
# Writes `hone-cli --completion bash` to OUTPUT; a failure fails the build rather than install
# an empty script.
execute_process(COMMAND ${CLI} --completion bash OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    message(FATAL_ERROR "${CLI} --completion bash failed: ${result}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
