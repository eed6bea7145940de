#!/usr/bin/env python3
"""A local HTTP server for the `smkit rules freshness` end-to-end tests (standard library only).

It binds 127.0.0.1 on a free port and prints that port on its first line of standard output:
the test reads the line, then fetches. Pages:

  /quote      HTML with the quote behind entities, tags and typographic quotes (and a decoy in a script)
  /plain      text/plain with a quote
  /changing   HTML whose text POST /set (body: "new") replaces; GET /changing shows the current one
  /r1         301 -> /r2, 302 -> /final, 200
  /missing    404
  /loop       302 -> /loop2 -> /loop ... (a redirect loop)
  /slow       reads the request and never answers (until the server stops)
  /doc.pdf    application/pdf
  /user-agent the request's User-Agent as text/plain

It ends when its standard input closes (the test keeps it open) or on SIGKILL.
"""
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

QUOTE_PAGE = """<!DOCTYPE html>
<html><head><title>Promotion rules &ndash; a quote is not here</title>
<style>p { color: red }</style>
<script>var hidden = "Only a script says this sentence";</script></head>
<body><!-- Promotions must not require sharing (a comment says so) -->
<h1>Promotion&nbsp;rules</h1>
<p>Promotions <b>must&nbsp;not</b> require people to &#8222;share&#8220; the post &ndash; nor
   <a href="/x">tag</a>   fri&shy;ends, says the platform&rsquo;s policy.</p>
<noscript>Enable scripts, noscript text is no rule</noscript>
</body></html>
"""

PLAIN_PAGE = "Section 4\n\nWinners are drawn at random\nwithin 7 days.\n"

PAGES = {"changing": "<html><body><p>Entries close at midnight on the last day.</p></body></html>"}
LOCK = threading.Lock()
HOLD = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def redirect(self, status, target):
        self.send(status, "moved", headers=[("Location", target)])

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/quote":
            self.send(200, QUOTE_PAGE)
        elif path == "/plain":
            self.send(200, PLAIN_PAGE, "text/plain; charset=utf-8")
        elif path == "/changing":
            with LOCK:
                page = PAGES["changing"]
            self.send(200, page)
        elif path == "/r1":
            self.redirect(301, "/r2")
        elif path == "/r2":
            self.redirect(302, "/final")
        elif path == "/final":
            self.send(200, "<html><body><p>The final page says: redirects are followed.</p></body></html>")
        elif path == "/missing":
            self.send(404, "<html><body>not found</body></html>")
        elif path == "/loop":
            self.redirect(302, "/loop2")
        elif path == "/loop2":
            self.redirect(302, "/loop")
        elif path == "/slow":
            HOLD.wait(120)
        elif path == "/doc.pdf":
            self.send(200, b"%PDF-1.4\n% quote inside a pdf\n", "application/pdf")
        elif path == "/user-agent":
            self.send(200, self.headers.get("User-Agent", ""), "text/plain")
        else:
            self.send(404, "no such page")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8")
        if self.path == "/set":
            with LOCK:
                PAGES["changing"] = "<html><body><p>" + body + "</p></body></html>"
            self.send(200, "ok", "text/plain")
        else:
            self.send(404, "no such page")


def exit_when_stdin_closes():
    """The test holds our standard input open; when it ends, however it ends, so do we."""
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
