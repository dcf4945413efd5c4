// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills the report's vocabulary from the ATT&CK catalog, the knowledge base
// and the command explainer, in the report's language.

#include "core/report/report_inputs.h"

namespace hitome::core {

class AttackCatalog;
class CommandExplainer;
class KnowledgeBase;

// The pointers must outlive the vocabulary; kb and explainer may be null.
ReportVocabulary makeReportVocabulary(const AttackCatalog& catalog, const KnowledgeBase* kb,
                                      const CommandExplainer* explainer, ReportLanguage lang);

}  // namespace hitome::core
