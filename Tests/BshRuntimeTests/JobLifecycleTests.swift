import BshRuntime
import Testing

@Suite("Configurations, backups, restores and cleanups from start to end")
struct JobLifecycleTests {
    @Test func configureBackUpBrowseRestoreAndCleanUp() async throws {
        let (status, host, shell) = try await runScript("""
            agent web01
            config create etc --include /etc --daily 02:30 --retention 7 --email ops@example.com
            backup start last
            wait
            browse --backup last /etc
            wait
            restore start last --to /tmp/restored /etc/hosts
            wait
            restore show last
            restore start last --to /tmp/again --agent web02 --overwrite /etc/hostname
            wait
            cleanup start
            wait
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("DAILY;INTERVAL=1;BYHOUR=2;BYMINUTE=30"))
        #expect(host.error.contains("backup") && host.error.contains(" completed"))
        #expect(host.output.contains("hosts"))
        #expect(host.output.contains("/tmp/restored"))
        #expect(host.output.contains("/tmp/again"))
        #expect(host.output.contains("hosts\n") || host.output.contains("hosts "))
        #expect(host.error.contains("cleanup"))
        #expect(await shell.pending == nil)
    }

    @Test func aRestoreOfAMissingPathFailsTheStatement() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create etc --include /etc --email ops@example.com
            backup start last
            wait
            restore start last --to /tmp/out /etc/no-such-file
            wait
            """)
        #expect(status == 1)
        #expect(host.error.contains("test.bsh:6:1: error: wait:"))
        #expect(host.error.contains("completed with 1 error"))
        #expect(host.error.contains("'restore errors "))
    }

    @Test func waitPrintsTheFinishedBackupAsJSON() async throws {
        let (status, host, _) = try await runScript(
            "agent web01; config create etc --include /etc --email ops@example.com; backup start last; wait", json: true)
        #expect(status == 0, "\(host.error)")
        let last = host.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"state\":\"completed\""))
    }

    @Test func aBrowsedBackupTellsFilesFromFolders() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create etc --include /etc --email ops@example.com
            backup start last
            wait
            browse --backup last /etc
            wait
            restore start last --to /tmp/r /etc/hosts
            """, json: true)
        #expect(status == 0, "\(host.error)")
        let restore = host.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(restore.contains("{\"path\":\"/etc/hosts\",\"type\":\"file\"}") || restore.contains("{\"type\":\"file\",\"path\":\"/etc/hosts\"}"))
    }
}
