#!/usr/bin/env python3
"""Two service nodes on one PostgreSQL database (issue 18), run for real: a throwaway cluster under /tmp, two
DocIngest processes sharing its database, one watch folder and one data directory (archive by SHA-256 and
pages/<sha>/<n>.png page images live in the shared data directory; on two machines it is a network share mounted at
the same path on both). Files are dropped, node A is killed with SIGKILL in the middle of a file, node B must take
that job over once A's lease runs out and finish it; every file must be processed once. Prints the figures; exits
non-zero on any breach. Run through scripts/two-nodes.sh.
"""
import argparse, base64, glob, json, os, shutil, signal, socket, subprocess, sys, time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SERVICE_DLL = os.path.join(REPO, "src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll")
ADMIN, PASSWORD = "admin", "two-nodes-pass-1"


def log(*parts):
    print("two-nodes:", *parts, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A throwaway cluster, run as the postgres user (the server refuses root)."""

    def __init__(self, root):
        self.bin = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
        self.dir = os.path.join(root, "pg")
        os.makedirs(self.dir)
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.dir, "postgres")
        self.port = free_port()
        data = os.path.join(self.dir, "data")
        self.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.run("pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                 f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")
        self.sql("CREATE DATABASE docingest", database="postgres")

    def run(self, tool, *args):
        cmd = [os.path.join(self.bin, tool), *args]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def connection(self):
        return f"Host=127.0.0.1;Port={self.port};Username=postgres;Database=docingest"

    def sql(self, query, database="docingest"):
        out = subprocess.run([os.path.join(self.bin, "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                              "-d", database, "-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True)
        return [line.split("\t") for line in out.stdout.splitlines() if line]

    def stop(self):
        try:
            self.run("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "fast", "stop")
        except subprocess.CalledProcessError:
            pass


class Node:
    def __init__(self, name, root, inbox, data, connection, lease):
        self.name, self.root, self.port = name, root, free_port()
        self.env = dict(os.environ)
        self.env.update({
            "ASPNETCORE_URLS": f"http://127.0.0.1:{self.port}",
            "DocIngest__WatchFolder": inbox, "DocIngest__DataDirectory": data,
            "DocIngest__Database__Provider": "Postgres", "ConnectionStrings__DocIngest": connection,
            "DocIngest__Admin__User": ADMIN, "DocIngest__Admin__Password": PASSWORD,
            "DocIngest__Workers": "1", "DocIngest__JobLease": lease, "DocIngest__RetrainEvery": "00:00:00",
            "DocIngest__StableFor": "00:00:01", "DocIngest__ScanInterval": "00:00:01",
            "Logging__LogLevel__Default": "Warning", "Logging__LogLevel__DocIngest": "Information",
        })
        self.log = os.path.join(root, f"node-{name}.log")
        self.process = None

    def start(self):
        out = open(self.log, "ab")
        self.process = subprocess.Popen(["dotnet", SERVICE_DLL, "--contentRoot", self.root], env=self.env, stdout=out,
                                        stderr=subprocess.STDOUT, cwd=self.root)
        for _ in range(240):
            if self.process.poll() is not None:
                raise RuntimeError(f"node {self.name} exited at start; see {self.log}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=5).read()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"node {self.name} did not start")

    def get(self, path):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}")
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{ADMIN}:{PASSWORD}".encode()).decode())
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(60)


def inputs(corpus, samples, work):
    """OCR'd scans (slow enough to be killed in the middle of) and single text-layer pages (quick)."""
    folder = os.path.join(work, "inputs")
    os.makedirs(folder)
    files = []
    for name in ["memo-nongwaeng-2568.pdf", "memo-kalasin-2565.tif", "memo-buengkan-2567.tif", "order-nonsaat-2567.jpg",
                 "memo-kampang-invite-2564.png", "memo-nongwaeng-2568-p1.jpg", "measures-donkaeo-2568.docx"]:
        files.append(os.path.join(samples, name))
    for doc in ["royal-gazette-2560", "procurement-table-2563", "laws-list-2568"]:
        subprocess.run(["pdfseparate", "-l", "8", os.path.join(corpus, doc + ".pdf"), os.path.join(folder, doc + "-p%d.pdf")], check=True)
    files += sorted(glob.glob(os.path.join(folder, "*.pdf")))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default="/tmp/docingest-two-nodes")
    parser.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus"))
    parser.add_argument("--lease", default="00:00:10")
    parser.add_argument("--limit", type=float, default=1200)
    args = parser.parse_args()
    if os.path.exists(args.work):
        shutil.rmtree(args.work)
    os.makedirs(args.work)
    shared = os.path.join(args.work, "shared")
    inbox, data = os.path.join(shared, "inbox"), os.path.join(shared, "data")
    os.makedirs(inbox)
    os.makedirs(data)
    pg = Postgres(args.work)
    log(f"PostgreSQL {os.path.basename(os.path.dirname(pg.bin))} on port {pg.port}; shared folders under {shared}")
    nodes = {n: Node(n, os.path.join(args.work, n), inbox, data, pg.connection(), args.lease) for n in ("A", "B")}
    problems = []
    started = time.time()
    try:
        for n in nodes.values():
            os.makedirs(n.root)
        nodes["A"].start()  # first: it creates the schema
        nodes["B"].start()
        files = inputs(os.path.abspath(args.corpus), os.path.join(REPO, "sample-docs"), args.work)
        for f in files:
            shutil.copy(f, inbox)
        log(f"dropped {len(files)} files; both nodes watch the same folder")

        # Kill A in the middle of a file: an OCR job it holds with a page done and pages left, or at least running for 3 s.
        pid_a = nodes["A"].process.pid
        victim = None
        deadline = time.time() + args.limit
        while victim is None and time.time() < deadline:
            rows = pg.sql(f"""SELECT "Id", "FileName", "PagesDone", "PageCount", "ClaimedBy" FROM "Jobs"
                              WHERE "Status" = 'Running' AND "ClaimedBy" LIKE '%/{pid_a}/%'""")
            for job_id, name, done, count, claimed in rows:
                if name.endswith((".jpg", ".png", ".tif")) or (int(count) > 1 and int(done) < int(count)):
                    time.sleep(3)
                    victim = (job_id, name, done, count)
                    break
            time.sleep(0.3)
        if victim is None:
            raise RuntimeError("node A never held an OCR job to be killed in")
        os.kill(pid_a, signal.SIGKILL)
        nodes["A"].process.wait()
        killed_at = time.time()
        log(f"node A killed (SIGKILL) while reading job {victim[0]} {victim[1]} ({victim[2]}/{victim[3]} pages)")
        # Once B holds A's job, A comes back (a new process) and the two share what is left.
        while time.time() < deadline:
            claimed = pg.sql(f"""SELECT "ClaimedBy", "Status" FROM "Jobs" WHERE "Id" = {victim[0]}""")[0]
            if claimed[0] and f"/{pid_a}/" not in claimed[0] or claimed[1] in ("Succeeded", "NeedsReview", "Failed"):
                break
            time.sleep(1)
        taken_over_in = time.time() - killed_at
        log(f"node B took job {victim[0]} over {taken_over_in:.0f} s after the kill; node A restarted")
        nodes["A"].start()

        # B alone finishes everything, A's job included once its lease runs out.
        while time.time() < deadline:
            rows = pg.sql("""SELECT COUNT(*) FILTER (WHERE "Status" IN ('Queued','Running')), COUNT(*) FROM "Jobs" """)
            queued, total = map(int, rows[0])
            inbox_left = [f for f in os.listdir(inbox)]
            if queued == 0 and total >= len(files) and not inbox_left:
                break
            time.sleep(2)
        finished_in = time.time() - started

        jobs = pg.sql("""SELECT "Id", "FileName", "Status", "Attempts", "ClaimedBy", "Sha256", "SourceFileId" FROM "Jobs" ORDER BY "Id" """)
        sources = pg.sql("""SELECT "Sha256", COUNT(*) FROM "SourceFiles" GROUP BY "Sha256" """)
        stored = {}
        per_node = {}
        for n in nodes.values():
            with open(n.log, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if " stored as " in line and "job " in line:
                        job = line.split("job ", 1)[1].split(":", 1)[0]
                        stored[job] = stored.get(job, 0) + 1
                        per_node[n.name] = per_node.get(n.name, 0) + 1
        victim_row = next(j for j in jobs if j[0] == victim[0])
        done = [j for j in jobs if j[2] in ("Succeeded", "NeedsReview")]
        failed = [j for j in jobs if j[2] == "Failed"]
        double = [j for j, c in stored.items() if c > 1]
        if len(done) != len(files):
            problems.append(f"{len(done)} of {len(files)} files stored; failed: {[(j[1], j[2]) for j in failed]}")
        if any(int(c) > 1 for _, c in sources):
            problems.append("a content stored under more than one source row")
        if double:
            problems.append(f"jobs stored more than once: {double}")
        if victim_row[2] not in ("Succeeded", "NeedsReview") or f"/{pid_a}/" in (victim_row[4] or ""):
            problems.append(f"node A's job {victim_row[:5]} was not finished by node B")

        # Page images in the shared data directory: B serves one of the pages A read before it died, and A's job's pages.
        images_ok = 0
        ocr_shas = {r[0] for r in pg.sql("""SELECT s."Sha256" FROM "SourceFiles" s JOIN "Pages" p ON p."SourceFileId" = s."Id"
                                             WHERE p."Method" = 'ocr' AND p."Number" = 1""")}
        ocr_jobs = [j for j in done if j[5] in ocr_shas]
        docs = json.loads(nodes["B"].get("/api/documents?take=500")[1])
        by_name = {d["fileName"]: d["id"] for d in docs}
        for j in ocr_jobs:
            served = [n.get(f"/api/documents/{by_name[j[1]]}/pages/1/image") for n in nodes.values()]
            if all(status == 200 and body[:8] == b"\x89PNG\r\n\x1a\n" for status, body in served) \
                    and os.path.exists(os.path.join(data, "pages", j[5], "1.png")):
                images_ok += 1
        if images_ok != len(ocr_jobs):
            problems.append(f"page images served by both nodes: {images_ok} of {len(ocr_jobs)} OCR'd files")

        print()
        print("two-node figures")
        print(f"  files                  {len(files)} ({len(ocr_jobs)} read by OCR)")
        print(f"  stored                 {len(done)}   failed {len(failed)}")
        print(f"  stored by node         A {per_node.get('A', 0)}, B {per_node.get('B', 0)}")
        print(f"  node A killed in       job {victim[0]} {victim[1]} at page {victim[2]}/{victim[3]}")
        print(f"  that job               {victim_row[2]} by {victim_row[4]} after {victim_row[3]} claims "
              f"(taken over {taken_over_in:.0f} s after the kill)")
        print(f"  double-processed       {len(double)}")
        print(f"  page 1 images          {images_ok} / {len(ocr_jobs)} OCR'd files served by both nodes (shared data directory)")
        print(f"  time                   {finished_in:.0f} s ({finished_in - (killed_at - started):.0f} s after the kill)")
        for p in problems:
            print("  PROBLEM:", p)
    finally:
        for n in nodes.values():
            n.stop()
        pg.stop()
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
