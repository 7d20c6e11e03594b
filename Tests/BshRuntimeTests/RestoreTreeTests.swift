@testable import BshRuntime
import CloudBackupAPI
import Testing

@Suite("Walking, marking and restoring a backup")
struct RestoreTreeTests {
    @Test func aBackupAsOfATimeBecomesTheTreeThatCdLsAndFindWalk() async throws {
        let (status, host, shell) = try await runScript("""
            agent web01
            use backup --as-of 1d
            cd /etc
            pwd
            let found = find '*.conf'
            expect ($found | count) > 2 "several .conf files"
            expect ($found | where path == "/etc/resolv.conf" | count) == 1
            find 'ssh*' --max-depth 1 | select path type
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.error.contains("using backup "))
        #expect(host.output.contains("/etc\n"))
        #expect(host.output.contains("/etc/ssh  directory"))
        #expect(!host.output.contains("/etc/ssh/"), "--max-depth 1 stays in /etc")
        let tree = try await shell.currentTree(for: "test")
        guard case .backup = tree else { Issue.record("the tree is \(tree)"); return }
    }

    @Test func marksStayPatternsAndEstimateWalksWhatTheyCover() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            use backup --as-of 1d
            mark /etc/ssh
            unmark /etc/ssh/ssh_config
            let m = marks
            expect ($m | count) == 2
            expect $m[0].rule == "mark"
            expect $m[1].rule == "unmark"
            let e = estimate
            echo "files $e.files directories $e.directories"
            expect $e.bytes > 0
            unmark --all
            expect (marks | count) == 0
            """)
        #expect(status == 0, "\(host.error)")
        // /etc/ssh holds sshd_config, ssh_config and host keys; ssh_config is excepted.
        #expect(host.output.contains("directories 1"))
    }

    @Test func aDryRunPrintsTheRequestAndSendsNothing() async throws {
        let (status, output, restores) = try await withShell { emulator, session in
            let status = try await session.run("""
                agent web01
                use backup --as-of 1d
                mark /etc/hosts /etc/ssh
                unmark /etc/ssh/ssh_config
                restore --to web02:/tmp/restored --dry-run
                """)
            return (status, session.host.output, await emulator.requestCount(.startRestore))
        }
        #expect(status == 0)
        #expect(restores == 0)
        #expect(output.contains(#""destination_path": "/tmp/restored""#))
        #expect(output.contains(#""path": "/etc/ssh/ssh_config""#))
        #expect(output.contains(#""type": "folder""#))
    }

    @Test func theMarkedSelectionIsRestoredToAnotherAgent() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            use backup --as-of 1d
            cd /etc
            mark hosts ssh/sshd_config
            restore --to web02:/tmp/restored
            let r = wait
            expect $r.state == "completed"
            agent web02
            ls /tmp/restored/etc
            ls /tmp/restored/etc/ssh
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("hosts"))
        #expect(host.output.contains("sshd_config"))
        #expect(!host.output.contains("ssh_config "), "only what was marked is restored")
    }

    @Test func pathsCanBeRestoredAsOfATimeInOneLine() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            cd /etc
            restore hosts --as-of 1d --to /tmp/one-line
            let r = wait
            expect $r.state == "completed"
            """)
        #expect(status == 0, "\(host.error)")
    }

    @Test(arguments: [
        ("agent web01; use backup --as-of 1d; estimate", "nothing is marked in web01@"),
        ("agent web01; use backup --as-of 1d; mark /etc/*.nosuch; estimate", "'/etc/*.nosuch' matches nothing in web01@"),
        ("agent web01; mark /etc/hosts; restore --to /tmp/x", "restore needs a backup: the current tree is web01's own files"),
        ("agent web01; use backup --as-of 2000-01-01", "no completed backup of web01 ended before 2000-01-01"),
        ("agent web01; use backup --as-of soon", "'soon' is not a time"),
        ("agent web01; use backup --as-of 1d; unmark /etc", "nothing marked covers '/etc'"),
        ("agent web01; use backup --as-of 1d; mark /etc; restore --to tmp", "the destination 'tmp' is not an absolute path"),
        ("agent web01; restore strat", "unknown subcommand 'strat'"),
        ("agent web01; use backup --as-of 1d; cd /nosuch", "no such directory in web01@"),
    ])
    func mistakesAreExplained(script: String, message: String) async throws {
        let (status, host, _) = try await runScript(script)
        #expect(status != 0)
        #expect(host.error.contains(message), "\(host.error)")
    }

    @Test func versionsListTheBackupsHoldingAPathNewestFirst() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            let v = versions /etc/hosts
            expect ($v | count) >= 2
            expect $v[0].ended > $v[1].ended "newest first"
            """)
        #expect(status == 0, "\(host.error)")
    }

    @Test func diffShowsWhatChangedBetweenTrees() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            let oldest = (versions /etc/hosts)[-1]
            let changes = diff $oldest.backup live /
            expect ($changes | count) > 0 "the host changed since its oldest backup"
            expect ($changes | where change == "removed" | count) > 0
            """)
        #expect(status == 0, "\(host.error)")
    }

    @Test func aNameThatIsNotUTF8KeepsItsBytesFromFindToRestore() async throws {
        let (status, output, _) = try await withShell { _, session in
            let status = try await session.run("""
                agent web01
                use backup --as-of 1d
                let e = (find 'M?rz-Berichte' --in /home/deploy)[0]
                echo $e.name
                echo $e.name_encoded
                mark $e
                restore --to /tmp/x --dry-run
                """)
            return (status, session.host.output, ())
        }
        #expect(status == 0)
        #expect(output.contains("M\\xe4rz-Berichte\n"))
        #expect(output.contains("TeRyei1CZXJpY2h0ZQ==\n"))
        #expect(output.contains(#""path_encoded": "L2hvbWUvZGVwbG95L03kcnotQmVyaWNodGU=""#))
    }
}
