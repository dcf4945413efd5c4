# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings shared by every Hitome target.

function(hitome_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(HITOME_WERROR)
    # GCC 12 reports false -Wrestrict/-Wstringop-overflow hits inside
    # libstdc++'s std::string at -O2 (GCC PR 105329): keep them visible
    # as warnings without failing the build.
    target_compile_options(${target} PRIVATE -Werror -Wno-error=restrict -Wno-error=stringop-overflow)
  endif()
  if(HITOME_FUZZ)
    # Coverage for libFuzzer everywhere; the fuzz targets add -fsanitize=fuzzer.
    # UB stops the run (and leaves a crash input) instead of only being printed.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                           -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(HITOME_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
