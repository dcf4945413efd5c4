// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds where a PowerShell script runs text as code: IEX / Invoke-Expression
// as command words (not inside other words such as iexplore or $iex),
// backtick-obfuscated spellings (I`E`X), and invocation operators whose
// command name is computed: &('ie'+'x'), .($pshome[4]+$pshome[30]+'x'),
// &($env:comspec[4,15,25]-join''), &([scriptblock]::Create(...)).

#include <string>
#include <string_view>

namespace hitome::core {

// How the script invokes an expression ("IEX", "Invoke-Expression",
// "&(...) spelling IEX", "[scriptblock]::Create"), or empty when it does not.
std::string findExpressionInvocation(std::string_view script);

}  // namespace hitome::core
