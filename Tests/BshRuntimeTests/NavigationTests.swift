@testable import BshRuntime
import CloudBackupAPI
import Testing

@Suite("cd, ls and pwd over browse results")
struct NavigationTests {
    @Test func navigatingBrowsesOnDemandAndReusesWhatWasSeen() async throws {
        let (status, host, shell, browses) = try await withShell { emulator, session in
            let status = try await session.run("""
            agent web01
            pwd
            cd /etc
            ls
            cd ssh
            pwd
            ls
            cd ..
            cd ../etc/./nginx/..
            pwd
            ls
            cd nosuchdir
            """)
            return (status, session.host, session.shell, await emulator.requestCount(.createAgentBrowseRequest))
        }
        #expect(status == 1)
        #expect(host.output.hasPrefix("/\n"))
        #expect(host.output.contains("/etc/ssh\n"))
        #expect(host.output.contains("sshd_config"))
        #expect(host.error.contains("test.bsh:12:1: error: cd: no such directory in web01: /etc/nosuchdir"))
        // `ls` of /etc the second time came from the cache: one browse request for /etc, one for /etc/ssh.
        #expect(browses == 2)
        // `ls` waited for its own answer: it does not tell the person to 'wait'.
        #expect(!host.error.contains("requested"), "\(host.error)")
        let agent = try #require(await shell.currentAgent)
        #expect(await shell.directory(of: agent) == RemoteName("/etc"))
    }

    /// `ls`'s value is the directory's entries, as `find` returns them and in the listing's order: the
    /// filters take entries, and `mark` their paths; from the cache as from a new browse.
    @Test func lsReturnsTheEntriesOfTheDirectory() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            let first = ls /etc | first 3
            let n = len($first)
            echo $n $first[0].path $first[1].name $first[2].type
            cd /etc
            let dirs = ls | where type == "directory" | select name
            echo $dirs[0].name
            let keys = (ls ssh)[0] | to json
            echo $keys
            let odd = ls /home/deploy | where bytes == 412 | first 1
            echo $odd[0].path $odd[0].name_encoded
            mark $odd[0].path
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("3 /etc/apt cron.d file\n"), "\(host.output)")
        #expect(host.output.contains("apt\n"))
        // A name that is not UTF-8 reads back through its escaped path, with the service's base64 beside it.
        #expect(host.output.contains("/home/deploy/caf\\xe9.txt Y2Fm6S50eHQ=\n"), "\(host.output)")
        #expect(host.output.contains(#""path": "/etc/ssh/ssh_config",\#n  "name": "ssh_config",\#n  "type": "file",\#n  "bytes": 1690"#))
    }

    @Test func cdIntoAFileIsRefused() async throws {
        let (status, host, _) = try await runScript("agent web01; ls /etc; cd /etc/hosts")
        #expect(status == 1)
        #expect(host.error.contains("not a directory: /etc/hosts"))
    }

    @Test func pathsResolveLikeAShell() {
        let etc = RemoteName("/etc")
        #expect(RemotePath.resolve(RemoteName("ssh"), from: etc) == RemoteName("/etc/ssh"))
        #expect(RemotePath.resolve(RemoteName("../var//log/"), from: etc) == RemoteName("/var/log"))
        #expect(RemotePath.resolve(RemoteName("/.."), from: etc) == RemoteName("/"))
        #expect(RemotePath.resolve(RemoteName("."), from: RemotePath.root) == RemoteName("/"))
        let odd = RemoteName(bytes: Array("caf".utf8) + [0xE9])
        #expect(RemotePath.resolve(odd, from: etc).bytes == Array("/etc/caf".utf8) + [0xE9])
        #expect(RemotePath.split(RemoteName("/etc/ssh"))?.parent == etc)
        #expect(RemotePath.split(RemotePath.root) == nil)
    }

    @Test func relativePathsCompleteAgainstTheCurrentDirectory() {
        let context = CompletionContext(
            browsedItems: [RemoteName("/etc"): [RemoteName("ssh/"), RemoteName("hosts")]], directory: RemoteName("/etc"))
        #expect(Completer.complete(line: "cd s", cursor: 4, context: context).candidates == ["ssh/"])
        #expect(Completer.complete(line: "ls ../etc/h", cursor: 11, context: context).candidates == ["../etc/hosts"])
    }
}
