/// The files a host's role adds: nginx and a site, MySQL, or Postfix and Dovecot.
extension HostFiles {
    func roleConfiguration() -> FileNode {
        switch seed.host.role {
        case .web:
            dir("nginx") {
                file("nginx.conf", 1_601)
                file("mime.types", 3_957)
                file("fastcgi_params", 1_034)
                dir("conf.d") { file("gzip.conf", 412) }
                dir("sites-available") {
                    file("default", 2_593)
                    file("shop.example.com", 1_288)
                }
                dir("sites-enabled") {
                    link("default")
                    link("shop.example.com")
                }
            }
        case .database:
            dir(seed.host.isRedHat ? "my.cnf.d" : "mysql") {
                file("server.cnf", 1_372)
                file("client.cnf", 232)
                file("replication.cnf", 318)
            }
        case .mail:
            dir("postfix") {
                file("main.cf", 2_117)
                file("master.cf", 6_105)
                file("virtual", 334)
                file("virtual.db", 12_288, mime: MimeTypes.binary)
            }
        }
    }

    func roleData() -> FileNode {
        switch seed.host.role {
        case .web:
            dir("nginx") {
                dir("body")
                dir("proxy")
            }
        case .database:
            dir("mysql") {
                file("ibdata1", 79_691_776, mime: MimeTypes.binary)
                file("ib_logfile0", 50_331_648, mime: MimeTypes.binary)
                file("ib_logfile1", 50_331_648, mime: MimeTypes.binary)
                dir("mysql") {
                    file("user.frm", 10_630)
                    file("user.MYD", 1_188, mime: MimeTypes.binary)
                }
                dir("shop") {
                    file("customers.frm", 8_952)
                    file("customers.ibd", 11_534_336)
                    file("orders.frm", 9_340)
                    file("orders.ibd", 46_137_344)
                    file("products.frm", 9_012)
                    file("products.ibd", 3_145_728)
                }
            }
        case .mail:
            dir("postfix") {
                file("master.lock", 33)
                file("prng_exch", 1_024, mime: MimeTypes.binary)
            }
        }
    }

    func roleLogs() -> FileNode {
        switch seed.host.role {
        case .web:
            dir("nginx") {
                file("access.log", 3_811_402)
                file("access.log.1", 5_204_377)
                file("access.log.2.gz", 611_089)
                file("error.log", 24_518)
            }
        case .database:
            dir("mysql") {
                file("error.log", 61_244)
                file("slow-query.log", 412_880)
            }
        case .mail:
            dir("mail") {
                file("mail.log", 1_733_290)
                file("mail.err", 8_401)
            }
        }
    }

    func opt() -> FileNode {
        dir("opt") {
            switch seed.host.role {
            case .web:
                dir("shop") {
                    file("config.json", 1_442)
                    file("requirements.txt", 388)
                    dir("app") {
                        file("__init__.py", 212)
                        file("views.py", 18_904)
                        file("models.py", 11_230)
                    }
                }
            case .database:
                dir("backup-scripts") {
                    file("dump-shop.sh", 1_876)
                    file("rotate-dumps.sh", 905)
                }
            case .mail:
                dir("spamfilter") {
                    file("rules.cf", 22_410)
                    file("whitelist.txt", 1_090)
                }
            }
        }
    }

    func webRoot() -> FileNode {
        dir("www") {
            dir("html") { file("index.html", 612) }
            dir("shop.example.com") {
                file("index.html", 14_220)
                file("robots.txt", 68)
                file("favicon.ico", 5_430)
                dir("assets") {
                    file("app.css", 48_311)
                    file("app.js", 231_904)
                    file("logo.png", 18_775)
                    file("banner.jpg", 284_116)
                }
                dir("downloads") {
                    file("catalog-2014.pdf", 2_411_530)
                    file("price-list.csv", 40_122)
                }
            }
        }
    }
}
