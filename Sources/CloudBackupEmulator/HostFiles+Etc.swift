/// `/etc`: the usual system files, SSH, cron, systemd, TLS, the agent's own settings, and the role's.
extension HostFiles {
    func etc() -> FileNode {
        dir("etc") {
            file("hostname", seed.name.utf8.count + 1)
            file("hosts", 221 + seed.name.utf8.count * 2)
            file("passwd", seed.host.isRedHat ? 1_124 : 1_683)
            file("group", seed.host.isRedHat ? 587 : 812)
            file("shadow", seed.host.isRedHat ? 703 : 1_012)
            file("fstab", seed.host.isRedHat ? 465 : 611)
            file("resolv.conf", 138)
            file("crontab", 722)
            file("sudoers", 755)
            file("timezone", 8)
            if seed.host.isRedHat {
                file("redhat-release", 38)
                file("os-release", 393)
                dir("sysconfig") {
                    file("network", 81)
                    dir("network-scripts") { file("ifcfg-eth0", 247) }
                }
                dir("yum.repos.d") {
                    file("CentOS-Base.repo", 1_664)
                    file("epel.repo", 957)
                }
            } else {
                file("os-release", seed.host.os.name == "Ubuntu" ? 249 : 261)
                file("debian_version", 4)
                dir("apt") {
                    file("sources.list", 2_939)
                    dir("sources.list.d") { file("driveclient.list", 78) }
                }
            }
            dir("ssh") {
                file("ssh_config", 1_690)
                file("sshd_config", 2_541)
                file("ssh_host_rsa_key", 1_679)
                file("ssh_host_rsa_key.pub", 393)
                file("ssh_host_ecdsa_key", 227)
                file("ssh_host_ecdsa_key.pub", 173)
            }
            dir("cron.d") {
                file("logrotate", 102)
                file("sysstat", 510)
                if seed.host.role == .database { file("mysql-backup", 241) }
            }
            dir("logrotate.d") {
                file("rsyslog", 515)
                file("driveclient", 160)
            }
            dir("systemd") {
                dir("system") {
                    file("driveclient.service", 329)
                    dir("multi-user.target.wants") {
                        link("driveclient.service")
                        link("sshd.service")
                    }
                }
                file("journald.conf", 1_022)
            }
            dir("ssl") {
                dir("certs") { file("ca-certificates.crt", 274_340) }
                dir("private") { file("\(seed.name).key", 1_704) }
            }
            dir("driveclient") {
                file("bootstrap.json", 602)
                file("log4cxx.xml", 1_187)
                file("cacert.pem", 232_719)
            }
            roleConfiguration()
        }
    }
}
