@testable import BshRuntime
import CloudBackupAPI
import Foundation
import Testing

@Suite("Path patterns, marks and points in time")
struct PathPatternTests {
    let etc = RemoteName("/etc")

    @Test func namePatternsMatchWholeNames() throws {
        let conf = try NamePattern(RemoteName("*.conf"))
        #expect(conf.matches(RemoteName("nginx.conf")))
        #expect(!conf.matches(RemoteName("nginx.conf.bak")))
        #expect(try NamePattern(RemoteName("host?")).matches(RemoteName("hosts")))
        #expect(try NamePattern(RemoteName("[a-c]*")).matches(RemoteName("cron.d")))
        #expect(try !NamePattern(RemoteName("[!a-c]*")).matches(RemoteName("cron.d")))
        #expect(try NamePattern(RemoteName("[*]")).matches(RemoteName("*")))
        #expect(try !NamePattern(RemoteName("[*]")).matches(RemoteName("a")))
        #expect(try NamePattern(RemoteName("hosts")).isLiteral)
        #expect(try !conf.isLiteral)
        #expect(throws: ShellError.self) { try NamePattern(RemoteName("[abc")) }
    }

    @Test func aByteThatIsNotUTF8IsOneCharacter() throws {
        let latin1 = RemoteName(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        #expect(try NamePattern(RemoteName("caf?.txt")).matches(latin1))
        #expect(try NamePattern(RemoteName(escaped: "caf\\xe9.*")).matches(latin1))
        #expect(try !NamePattern(RemoteName("café.txt")).matches(latin1))
        // A two-byte character is one character too.
        #expect(try NamePattern(RemoteName("caf?.txt")).matches(RemoteName("café.txt")))
    }

    @Test func pathPatternsAreAbsoluteAndCrossDirectoriesWithTwoStars() throws {
        let all = try PathPattern("**/*.conf", from: etc)
        #expect(all.path == RemoteName("/etc/**/*.conf"))
        #expect(all.matches(RemoteName("/etc/resolv.conf")))
        #expect(all.matches(RemoteName("/etc/nginx/conf.d/gzip.conf")))
        #expect(!all.matches(RemoteName("/var/app.conf")))
        #expect(all.literalPrefix == etc)
        #expect(all.mayMatchBelow(RemoteName("/etc/nginx")))
        #expect(!all.mayMatchBelow(RemoteName("/var")))
        let one = try PathPattern("/etc/*.conf", from: RemotePath.root)
        #expect(!one.matches(RemoteName("/etc/nginx/nginx.conf")))
        #expect(!one.mayMatchBelow(RemoteName("/etc/nginx")))
        #expect(try PathPattern("ssh/../hosts", from: etc).isLiteral)
    }

    @Test func aMarkedDirectoryCoversEverythingUnderIt() throws {
        let ssh = try PathPattern("/etc/ssh", from: RemotePath.root)
        #expect(ssh.covers(RemoteName("/etc/ssh/sshd_config")))
        #expect(ssh.covers(RemoteName("/etc/ssh")))
        #expect(!ssh.covers(RemoteName("/etc/sshd")))
        #expect(!ssh.covers(etc))
    }

    @Test func aLiteralPatternKeepsCharactersThatWouldBeWildcards() {
        let odd = PathPattern(literal: RemoteName("/srv/[draft]*.txt"))
        #expect(odd.isLiteral)
        #expect(odd.matches(RemoteName("/srv/[draft]*.txt")))
        #expect(!odd.matches(RemoteName("/srv/d.txt")))
    }

    @Test func theLastRuleThatCoversAPathDecides() throws {
        var marks = Marks()
        #expect(marks.isEmpty)
        marks.mark(try PathPattern("/etc", from: RemotePath.root))
        #expect(marks.unmark(try PathPattern("/etc/ssh", from: RemotePath.root)))
        marks.mark(try PathPattern("/etc/ssh/sshd_config", from: RemotePath.root))
        #expect(marks.isSelected(RemoteName("/etc/hosts")))
        #expect(!marks.isSelected(RemoteName("/etc/ssh/ssh_config")))
        #expect(marks.isSelected(RemoteName("/etc/ssh/sshd_config")))
        #expect(!marks.isSelected(RemoteName("/var/log")))
        // Nothing marked covers /var: there is nothing to unmark.
        #expect(!marks.unmark(try PathPattern("/var", from: RemotePath.root)))
        // Unmarking a mark removes it, and the exceptions it no longer needs.
        #expect(marks.unmark(try PathPattern("/etc", from: RemotePath.root)))
        #expect(marks.rules.map(\.pattern.path) == [RemoteName("/etc/ssh/sshd_config")])
    }

    @Test func pointsInTimeAreDurationsAgoDatesOrDateTimes() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let now = try #require(PointInTime.parse("2026-12-04T12:00:00Z", now: Date(), timeZone: utc))
        #expect(PointInTime.parse("36h", now: now, timeZone: utc) == now.addingTimeInterval(-36 * 3600))
        #expect(PointInTime.parse("2d", now: now, timeZone: utc) == now.addingTimeInterval(-2 * 86_400))
        // A date alone is the whole day: it ends at the next midnight.
        #expect(PointInTime.parse("2026-12-03", now: now, timeZone: utc) == now.addingTimeInterval(-12 * 3600))
        #expect(PointInTime.parse("2026-12-31", now: now, timeZone: utc) == now.addingTimeInterval((27 * 24 + 12) * 3600))
        #expect(PointInTime.parse("2026-12-04T10:30", now: now, timeZone: utc) == now.addingTimeInterval(-90 * 60))
        #expect(PointInTime.parse("2026-12-04 12:00:00+02:00", now: now, timeZone: utc) == now.addingTimeInterval(-2 * 3600))
        #expect(PointInTime.parseServiceTime("2026-12-04T12:00:00.500000Z") == now.addingTimeInterval(0.5))
        for bad in ["yesterday", "2026-13-01", "2026-02-30", "2026-12-04T25:00", "2026-12-04T10:30junk", "-2d"] {
            #expect(PointInTime.parse(bad, now: now, timeZone: utc) == nil, "\(bad)")
        }
    }
}
