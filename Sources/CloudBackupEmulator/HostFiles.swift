/// The file system of a seeded agent's host: a plain Linux server plus what its role adds.
struct HostFiles: FileTreeDescribing {
    let seed: SeedAgent

    var sizeSeed: String { seed.id }

    func root() -> FileNode {
        dir("/") {
            dir("bin") {
                file("bash", 1_021_112, mime: MimeTypes.executable)
                file("cat", 51_856, mime: MimeTypes.executable)
                file("ls", 126_584, mime: MimeTypes.executable)
                file("tar", 383_632, mime: MimeTypes.executable)
            }
            boot()
            dir("dev")
            etc()
            home()
            dir("lib") {
                dir("modules") { dir(seed.host.kernel) }
                dir("systemd")
            }
            dir("lib64") { file("ld-linux-x86-64.so.2", 149_120, mime: MimeTypes.executable) }
            dir("media")
            dir("mnt")
            opt()
            dir("proc")
            rootHome()
            dir("run")
            dir("sbin") { file("init", 1_485_200, mime: MimeTypes.executable) }
            dir("srv")
            dir("sys")
            dir("tmp")
            usr()
            variable()
            if !seed.host.isRedHat {
                link("initrd.img")
                link("vmlinuz")
            }
        }
    }

    private func boot() -> FileNode {
        dir("boot") {
            file("config-\(seed.host.kernel)", 172_767)
            file("initrd.img-\(seed.host.kernel)", 20_467_539, mime: "application/gzip")
            file("System.map-\(seed.host.kernel)", 3_387_143)
            file("vmlinuz-\(seed.host.kernel)", 5_799_216, mime: MimeTypes.binary)
            dir(seed.host.isRedHat ? "grub2" : "grub") { file("grub.cfg", 7_291) }
        }
    }

    private func home() -> FileNode {
        dir("home") {
            dir("deploy") {
                file(".bashrc", 3_771)
                file(".profile", 675)
                file(".bash_history", 9_412)
                dir(".ssh") {
                    file("authorized_keys", 1_192)
                    file("known_hosts", 1_774)
                }
                file("notes.txt", 1_350)
                file(latin1: "café.txt", 412)
                dir(latin1: "März-Berichte") {
                    file("umsatz-2014-03.csv", 18_240)
                    file(latin1: "Übersicht.txt", 2_048)
                }
                dir("releases") { file("release-2014.10.2.tar.gz", 8_634_112) }
            }
        }
    }

    private func rootHome() -> FileNode {
        dir("root") {
            file(".bashrc", 3_106)
            file(".profile", 148)
            file(".bash_history", 14_887)
            dir(".ssh") { file("authorized_keys", 398) }
            file("backup-check.sh", 1_204)
        }
    }

    private func usr() -> FileNode {
        dir("usr") {
            dir("bin") {
                file("python2.7", 3_345_416, mime: MimeTypes.executable)
                file("perl", 1_891_536, mime: MimeTypes.executable)
                file("vim.basic", 2_191_736, mime: MimeTypes.executable)
                file("rsync", 415_976, mime: MimeTypes.executable)
            }
            dir("lib") {
                dir("python2.7")
                dir("ssl")
            }
            dir("local") {
                dir("bin") { file("driveclient", 10_483_712, mime: MimeTypes.executable) }
                dir("share") { dir("driveclient") { file("VERSION", 12) } }
            }
            dir("share") {
                dir("doc")
                dir("man")
                dir("zoneinfo")
            }
        }
    }

    private func variable() -> FileNode {
        dir("var") {
            dir("backups") {
                file("passwd.bak", 1_683)
                file("group.bak", 812)
            }
            dir("cache") { dir(seed.host.isRedHat ? "yum" : "apt") }
            dir("lib") { roleData() }
            dir("log") {
                file(seed.host.isRedHat ? "messages" : "syslog", 486_112)
                file(seed.host.isRedHat ? "secure" : "auth.log", 97_340)
                file(seed.host.isRedHat ? "messages-20141026" : "syslog.1", 1_204_881)
                file("kern.log", 48_122)
                file("wtmp", 59_904, mime: MimeTypes.binary)
                dir("driveclient") {
                    file("driveclient.log", 2_483_201)
                    file("driveclient.log.1.gz", 412_006)
                }
                roleLogs()
            }
            dir("mail")
            dir("spool") { dir("cron") }
            dir("tmp")
            if seed.host.role == .web { webRoot() }
        }
    }
}
