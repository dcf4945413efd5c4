// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The binary-specific explainers (one file per family); see explain_context.h.

#include "core/explain/explain_context.h"

namespace hitome::core {

void explainSchtasks(ExplainContext& ctx);
void explainAt(ExplainContext& ctx);
void explainCmd(ExplainContext& ctx);
void explainPowerShell(ExplainContext& ctx);
void explainWmic(ExplainContext& ctx);
void explainNet(ExplainContext& ctx);
void explainReg(ExplainContext& ctx);
void explainSc(ExplainContext& ctx);
void explainRundll32(ExplainContext& ctx);
void explainRegsvr32(ExplainContext& ctx);
void explainMshta(ExplainContext& ctx);
void explainCertutil(ExplainContext& ctx);
void explainBitsadmin(ExplainContext& ctx);
void explainNetsh(ExplainContext& ctx);
void explainVssadmin(ExplainContext& ctx);

// Shared helpers.
// The value after switch argument i, when there is one that is not a switch.
bool hasValueAfter(const ExplainContext& ctx, size_t i);
// Records a program to run as a nested explanation plus suspect findings.
void explainLaunchedProgram(ExplainContext& ctx, std::string_view commandLine, std::string_view role);
// URLs (http, https, ftp, \\host\share) found in `text`, each once, at most 32.
std::vector<std::string> findUrls(std::string_view text);
bool isSystemAccount(std::string_view user);
// Defender, the firewall, the event log, Sysmon and common EDR/antivirus services.
bool looksLikeSecurityService(std::string_view name);

}  // namespace hitome::core
