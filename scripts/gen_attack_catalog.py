#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/attack/catalog.json, Hitome's built-in ATT&CK Enterprise v19 catalog.

Usage: gen_attack_catalog.py [REFERENCE_DIR] [-o OUTPUT]
  REFERENCE_DIR  folder holding attack-enterprise-17.1.json and
                 attack-enterprise-19-changes.json (default ../shared/reference,
                 relative to the repository root)
  -o OUTPUT      where to write (default resources/attack/catalog.json; "-" = stdout)

The v17.1 table is the base. The v19 change file is applied on top, then the
facts in the V18_* / V19_* tables below, which fill gaps and correct errors in
that change file (see resources/attack/README.md for the reasoning and sources).
Output is deterministic: same inputs, same bytes. Standard library only.
"""

import argparse
import json
import os
import sys

BASE_FILE = "attack-enterprise-17.1.json"
CHANGES_FILE = "attack-enterprise-19-changes.json"
FORMAT_VERSION = 1

# Japanese names. name_ja: what Japanese analysts call the tactic.
# defender_label_ja: the Microsoft Defender portal's Japanese label, only where it
# differs. other_names_ja: former names and common alternative renderings, accepted
# on lookup.
TACTIC_JA = {
    "TA0043": {"name_ja": "偵察"},
    "TA0042": {"name_ja": "リソース開発"},
    "TA0001": {"name_ja": "初期アクセス"},
    "TA0002": {"name_ja": "実行"},
    "TA0003": {"name_ja": "永続化", "defender_label_ja": "常設"},
    "TA0004": {"name_ja": "権限昇格"},
    # Defender still files these alerts under its DefenseEvasion category.
    "TA0005": {"name_ja": "ステルス", "defender_label_ja": "防御回避", "other_names_ja": ["防御回避"]},
    "TA0112": {"name_ja": "防御機能の妨害", "other_names_ja": ["防御の弱体化", "防御の無効化"]},
    "TA0006": {"name_ja": "認証情報アクセス"},
    "TA0007": {"name_ja": "探索"},
    "TA0008": {"name_ja": "水平展開", "other_names_ja": ["横展開", "ラテラルムーブメント"]},
    "TA0009": {"name_ja": "収集"},
    "TA0011": {"name_ja": "コマンド&コントロール"},
    "TA0010": {"name_ja": "持ち出し"},
    "TA0040": {"name_ja": "影響"},
}

# Techniques added in v18 (Oct 2025): absent from both input files. Public v18/v19
# matrix listings; v18 made no tactic changes.
V18_NEW_TECHNIQUES = {
    "T1677": ("Poisoned Pipeline Execution", ["execution"]),
    "T1678": ("Delay Execution", ["defense-evasion"]),
    "T1679": ("Selective Exclusion", ["defense-evasion"]),
    "T1680": ("Local Storage Discovery", ["discovery"]),
    "T1681": ("Search Threat Vendor Data", ["reconnaissance"]),
    "T1036.012": ("Browser Fingerprint", None),
    "T1059.013": ("Container CLI/API", None),
    "T1204.005": ("Malicious Library", None),
    "T1213.006": ("Databases", None),
    "T1518.002": ("Backup Software Discovery", None),
    "T1546.018": ("Python Startup Hooks", None),
}

# Tactics of the v19 techniques the change file names without tactics.
# Sub-techniques always carry their parent's tactics (true for every entry of v17.1).
V19_NEW_PARENT_TACTICS = {
    "T1682": ["reconnaissance"],
    "T1683": ["resource-development"],
    "T1684": ["stealth"],
    "T1685": ["defense-impairment"],
    "T1686": ["defense-impairment"],
    "T1687": ["defense-impairment"],
    "T1688": ["defense-impairment"],
    "T1689": ["defense-impairment"],
    "T1690": ["defense-impairment"],
}

# v19.1 tactics of parent techniques where "defense-evasion -> stealth unless in the
# Sigma layer" gives the wrong answer. The Sigma layer lists only techniques that
# Sigma rules cover, and v19 also moved a few techniques between other tactics.
# Checked against public v19.1 matrix listings (222 parents, 475 sub-techniques).
V19_TACTIC_OVERRIDES = {
    "T1127": ["execution", "stealth"],
    "T1197": ["execution", "persistence", "stealth"],
    "T1548": ["privilege-escalation"],
    "T1550": ["lateral-movement"],
    "T1574": ["execution", "stealth"],
    "T1599": ["defense-impairment"],
    "T1600": ["defense-impairment"],
    "T1601": ["defense-impairment"],
    "T1610": ["execution"],
    "T1647": ["defense-impairment"],
    "T1666": ["defense-impairment"],
}

# Revocations the change file gets wrong: T1534 (Internal Spearphishing) and
# T1566.003 (Spearphishing via Service) are still in v19.1; the new Social
# Engineering sub-techniques replace T1656 Impersonation and T1672 Email Spoofing.
# T1562.006 Indicator Blocking went into T1685 itself (three public migration notes
# agree), not into T1685.003 as the change file says.
V19_NOT_REVOKED = {"T1534", "T1566.003"}
V19_MORE_REVOCATIONS = {
    "T1562.006": "T1685",
    "T1656": "T1684.001",
    "T1672": "T1684.002",
    # The rest of T1562's sub-techniques (its parent is revoked in v19).
    "T1562.003": "T1690",
    "T1562.004": "T1686",
    "T1562.007": "T1686.001",
    "T1562.009": "T1688",
    "T1562.010": "T1689",
    "T1562.011": "T1685.003",
    "T1562.012": "T1685.004",
    "T1562.013": "T1686.002",
}
# Names of revoked techniques that v17.1 does not list (added in v18, revoked in v19).
V18_REVOKED_NAMES = {"T1562.013": "Disable or Modify Network Device Firewall"}

# Revocations before v17.1 that incident data still carries (Defender alerts,
# older Sigma rules): the ATT&CK v7 sub-technique migration and v17's DLL merge.
# (old ID, old name, replacement). T1064 Scripting was deprecated rather than
# revoked; ATT&CK points to Command and Scripting Interpreter instead.
OLDER_REVOCATIONS = [
    ("T1004", "Winlogon Helper DLL", "T1547.004"),
    ("T1013", "Port Monitors", "T1547.010"),
    ("T1015", "Accessibility Features", "T1546.008"),
    ("T1023", "Shortcut Modification", "T1547.009"),
    ("T1028", "Windows Remote Management", "T1021.006"),
    ("T1031", "Modify Existing Service", "T1543.003"),
    ("T1035", "Service Execution", "T1569.002"),
    ("T1038", "DLL Search Order Hijacking", "T1574.001"),
    ("T1050", "New Service", "T1543.003"),
    ("T1053.001", "At (Linux)", "T1053.002"),
    ("T1060", "Registry Run Keys / Startup Folder", "T1547.001"),
    ("T1064", "Scripting", "T1059"),
    ("T1073", "DLL Side-Loading", "T1574.001"),
    ("T1075", "Pass the Hash", "T1550.002"),
    ("T1076", "Remote Desktop Protocol", "T1021.001"),
    ("T1077", "Windows Admin Shares", "T1021.002"),
    ("T1081", "Credentials in Files", "T1552.001"),
    ("T1084", "Windows Management Instrumentation Event Subscription", "T1546.003"),
    ("T1085", "Rundll32", "T1218.011"),
    ("T1086", "PowerShell", "T1059.001"),
    ("T1088", "Bypass User Account Control", "T1548.002"),
    ("T1089", "Disabling Security Tools", "T1562.001"),
    ("T1093", "Process Hollowing", "T1055.012"),
    ("T1097", "Pass the Ticket", "T1550.003"),
    ("T1099", "Timestomp", "T1070.006"),
    ("T1100", "Web Shell", "T1505.003"),
    ("T1103", "AppInit DLLs", "T1546.010"),
    ("T1107", "File Deletion", "T1070.004"),
    ("T1116", "Code Signing", "T1553.002"),
    ("T1117", "Regsvr32", "T1218.010"),
    ("T1118", "InstallUtil", "T1218.004"),
    ("T1121", "Regsvcs/Regasm", "T1218.009"),
    ("T1122", "Component Object Model Hijacking", "T1546.015"),
    ("T1128", "Netsh Helper DLL", "T1546.007"),
    ("T1130", "Install Root Certificate", "T1553.004"),
    ("T1138", "Application Shimming", "T1546.011"),
    ("T1170", "Mshta", "T1218.005"),
    ("T1183", "Image File Execution Options Injection", "T1546.012"),
    ("T1191", "CMSTP", "T1218.003"),
    ("T1192", "Spearphishing Link", "T1566.002"),
    ("T1193", "Spearphishing Attachment", "T1566.001"),
    ("T1194", "Spearphishing via Service", "T1566.003"),
    ("T1196", "Control Panel Items", "T1218.002"),
    ("T1208", "Kerberoasting", "T1558.003"),
    ("T1214", "Credentials in Registry", "T1552.002"),
    ("T1223", "Compiled HTML File", "T1218.001"),
    ("T1574.002", "DLL Side-Loading", "T1574.001"),
]


def technique_url(tid):
    return "https://attack.mitre.org/techniques/" + tid.replace(".", "/") + "/"


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        sys.exit("gen_attack_catalog: cannot read %s: %s" % (path, e))


def build_tactics(changes):
    tactics = []
    for t in changes["tactics_in_matrix_order"]:
        ja = TACTIC_JA[t["id"]]
        former = t.get("formerly", {})
        tactics.append({
            "id": t["id"],
            "shortname": t["shortname"],
            "name": t["name"],
            "name_ja": ja["name_ja"],
            "defender_label_ja": ja.get("defender_label_ja"),
            "former_names": [former["name"]] if "name" in former else [],
            "former_shortnames": [former["shortname"]] if "shortname" in former else [],
            "other_names_ja": ja.get("other_names_ja", []),
            "url": "https://attack.mitre.org/tactics/%s/" % t["id"],
        })
    return tactics


def base_techniques(base, changes):
    """id -> {name, parent, shortnames} for v17.1 plus the v18 and v19 additions."""
    techs = {}
    for t in base["techniques"]:
        techs[t["id"]] = {"name": t["name"], "parent": t["parent"], "shortnames": list(t["tactics"])}
    for tid, (name, tactics) in V18_NEW_TECHNIQUES.items():
        techs[tid] = {"name": name, "parent": tid.split(".")[0] if "." in tid else None, "shortnames": tactics}
    for tid, name in changes["new_enterprise_techniques"].items():
        parent = tid.split(".")[0] if "." in tid else None
        techs[tid] = {"name": name, "parent": parent, "shortnames": V19_NEW_PARENT_TACTICS.get(tid)}
    return techs


def v19_shortnames(tid, tech, impairment):
    if tid in V19_TACTIC_OVERRIDES:
        return V19_TACTIC_OVERRIDES[tid]
    out = []
    for s in tech["shortnames"]:
        if s == "defense-evasion":
            s = "defense-impairment" if tid in impairment else "stealth"
        if s not in out:
            out.append(s)
    return out


def revocations(base, changes, techs):
    names = dict(V18_REVOKED_NAMES)
    names.update({t["id"]: t["name"] for t in base["techniques"]})
    revoked = {}
    for old, new in sorted(changes["revoked_to_replacement"].items()):
        if old not in V19_NOT_REVOKED:
            revoked[old] = {"name": names.get(old), "replaced_by": new}
    for old, new in sorted(V19_MORE_REVOCATIONS.items()):
        revoked[old] = {"name": names.get(old), "replaced_by": new}
    for old, name, new in OLDER_REVOCATIONS:
        revoked.setdefault(old, {"name": name, "replaced_by": new})
    for old in list(revoked):          # follow chains (T1089 -> T1562.001 -> T1685)
        seen = {old}
        while revoked[old]["replaced_by"] in revoked:
            nxt = revoked[revoked[old]["replaced_by"]]["replaced_by"]
            if nxt in seen:
                sys.exit("gen_attack_catalog: revocation cycle at " + old)
            seen.add(nxt)
            revoked[old]["replaced_by"] = nxt
    for old, entry in revoked.items():
        if entry["replaced_by"] not in techs or entry["replaced_by"] in revoked:
            sys.exit("gen_attack_catalog: %s is replaced by unknown %s" % (old, entry["replaced_by"]))
    return revoked


def build_techniques(base, changes, tactics):
    by_short = {t["shortname"]: t["id"] for t in tactics}
    order = {t["id"]: i for i, t in enumerate(tactics)}
    impairment = set(changes["defense_impairment_techniques_per_sigma_19_1_layer"])
    techs = base_techniques(base, changes)
    revoked = revocations(base, changes, techs)
    for tid in revoked:
        techs.pop(tid, None)
    # Parents first so that sub-techniques can inherit their parent's tactics.
    resolved = {}
    for tid in sorted(techs, key=lambda i: (i.count("."), i)):
        tech = techs[tid]
        if tech["parent"] is not None:
            if tech["parent"] not in resolved:
                sys.exit("gen_attack_catalog: %s has no parent %s" % (tid, tech["parent"]))
            ids = resolved[tech["parent"]]["tactics"]
        else:
            if tech["shortnames"] is None:
                sys.exit("gen_attack_catalog: no tactics for " + tid)
            ids = sorted((by_short[s] for s in v19_shortnames(tid, tech, impairment)), key=order.get)
        entry = {"id": tid, "name": tech["name"], "tactics": ids, "url": technique_url(tid)}
        if tech["parent"] is not None:
            entry["parent"] = tech["parent"]
        resolved[tid] = entry
    return [resolved[t] for t in sorted(resolved)], revoked


def build_catalog(ref_dir):
    base = load_json(os.path.join(ref_dir, BASE_FILE))
    changes = load_json(os.path.join(ref_dir, CHANGES_FILE))
    tactics = build_tactics(changes)
    techniques, revoked = build_techniques(base, changes, tactics)
    return {
        "format_version": FORMAT_VERSION,
        "attack_version": changes["attack_version"],
        "domain": base["domain"],
        "generated_by": "scripts/gen_attack_catalog.py from %s and %s" % (BASE_FILE, CHANGES_FILE),
        "notice": "ATT&CK is (c) The MITRE Corporation; see "
                  "https://attack.mitre.org/resources/legal-and-branding/terms-of-use/",
        "tactics": tactics,
        "techniques": techniques,
        "revoked": {k: revoked[k] for k in sorted(revoked)},
    }


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description="Generate the built-in ATT&CK catalog.")
    parser.add_argument("reference_dir", nargs="?", default=os.path.join(root, "..", "shared", "reference"))
    parser.add_argument("-o", "--output", default=os.path.join(root, "resources", "attack", "catalog.json"))
    args = parser.parse_args()
    text = json.dumps(build_catalog(args.reference_dir), ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
