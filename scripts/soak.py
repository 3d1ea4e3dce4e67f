#!/usr/bin/env python3
"""The soak test (issue 18): the real service (SQLite) takes 200 files dropped at once while it is killed with
SIGKILL five times at random moments and its disk fills up once; then every good file must be stored exactly once
with the result a quiet run gives, every bad file quarantined with its reason, nothing outside the watch folder
touched, and the database intact. Run through scripts/soak.sh; prints the figures and exits non-zero on any breach.

Inputs are made here from ../shared/corpus (real agency PDFs, split into single pages and joined into one 300-page
PDF; their pages mostly carry a text layer, so the 300 pages are not 300 OCR pages) and sample-docs/ (scans read by
OCR, a DOCX). Nothing is copied into the repository.
"""
import argparse, base64, hashlib, json, os, random, shutil, signal, sqlite3, subprocess, sys, threading, time
import urllib.request, urllib.error

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SERVICE_DLL = os.path.join(REPO, "src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll")
ADMIN, PASSWORD = "admin", "soak-pass-123"
TERMINAL = ("Succeeded", "NeedsReview", "Failed", "Duplicate")
STATUS = {0: "Queued", 1: "Running", 2: "Succeeded", 3: "NeedsReview", 4: "Failed", 5: "Duplicate"}


def log(*parts):
    print("soak:", *parts, flush=True)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run(*cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- inputs

class Inputs:
    """The 200 files: good distinct, duplicates under other names, slow (half-copied for a while) and bad ones."""

    def __init__(self, corpus, samples, work, rng):
        self.dir = os.path.join(work, "inputs")
        self.good = []        # (name, path): distinct content, must be stored once
        self.duplicates = []  # (name, path of the good copy)
        self.slow = []        # (name, path): good content written over several seconds
        self.bad = []         # (name, kind, bytes or None): must be quarantined with a reason
        os.makedirs(self.dir, exist_ok=True)
        pages = os.path.join(self.dir, "pages")
        os.makedirs(pages, exist_ok=True)
        # Single pages of the smaller documents: distinct files, most with a (judged, often repaired) text layer.
        for doc in ["royal-gazette-2560", "royal-gazette-2562", "laws-list-2568", "procurement-analysis-2567",
                    "procurement-table-2563", "memo-esaraban", "ethics-code-ministry", "hospital-handbook-b"]:
            run("pdfseparate", os.path.join(corpus, doc + ".pdf"), os.path.join(pages, doc + "-p%d.pdf"))
        for doc in ["announcement-district", "announcement-measures-1", "announcement-measures-2", "memo-district-1",
                    "memo-district-2", "memo-district-3", "memo-district-4", "royal-gazette-2564"]:
            shutil.copy(os.path.join(corpus, doc + ".pdf"), os.path.join(pages, doc + ".pdf"))
        singles = sorted(os.listdir(pages))
        big = os.path.join(self.dir, "plan-300-pages.pdf")
        run("pdfunite", *[os.path.join(corpus, d + ".pdf") for d in
                          ["ethics-action-plan-2566-2570", "ethics-strategy-2565-2570", "master-plan-2566-2580",
                           "royal-gazette-2564", "memo-district-1"]], big)
        # Five more distinct pages arrive slowly (a copy over the network): written in chunks for several seconds.
        run("pdfseparate", "-f", "1", "-l", "5", os.path.join(corpus, "hospital-handbook-a.pdf"), os.path.join(self.dir, "slow-%d.pdf"))
        for i in range(1, 6):
            self.slow.append((f"incoming/slow-copy-{i}.pdf", os.path.join(self.dir, f"slow-{i}.pdf")))
        for name in singles:
            self.good.append((f"batch/{name}", os.path.join(pages, name)))
        self.good.append(("plan-300-pages.pdf", big))
        for scan in ["order-nonsaat-2567.jpg", "memo-nongwaeng-2568-p1.jpg", "measures-donkaeo-2568.docx"]:
            self.good.append(("scans/" + scan, os.path.join(samples, scan)))

        # Bad files, each with the reason it must be quarantined for.
        some_pdf = self.good[0][1]
        with open(some_pdf, "rb") as f:
            pdf = f.read()
        with open(os.path.join(samples, "order-nonsaat-2567.jpg"), "rb") as f:
            jpg = f.read()
        for i in range(8):  # a copy cut off for good (the sender died): never completed
            cut = self.good[i][1]
            with open(cut, "rb") as f:
                data = f.read()
            self.bad.append((f"broken/half-copied-{i}.pdf", "truncated", data[: len(data) // 2]))
        for i in range(8):
            self.bad.append((f"empty/zero-{i}.pdf", "empty", b""))
        for i in range(6):
            self.bad.append((f"junk/random-{i}.pdf", "corrupt", rng.randbytes(20_000 + i)))
        for i in range(3):
            self.bad.append((f"junk/not-a-scan-{i}.jpg", "corrupt", b"\xff\xd8\xff\xe0" + rng.randbytes(5_000 + i)))
        self.bad.append(("junk/truncated-photo.jpg", "corrupt", jpg[:4000]))
        self.bad.append(("junk/notes.pdf", "corrupt", "บันทึกที่ไม่ใช่ PDF\n".encode() * 50))
        self.bad.append(("junk/pdf-header-only.pdf", "corrupt", pdf[:1024]))
        self.bad.append(("links/outside-folder", "link", None))
        self.bad.append(("links/outside-file.pdf", "link", None))

        # Duplicates under other names fill the drop up to 200 files.
        n = 200 - len(self.good) - len(self.slow) - len(self.bad)
        for i in range(n):
            name, path = self.good[i % len(self.good)]
            if path == big and i > 0:
                name, path = self.good[(i + 1) % len(self.good)]
            base = os.path.basename(name)
            self.duplicates.append((f"copies/{i:03d}-again-{base}", path))
        self.total = len(self.good) + len(self.duplicates) + len(self.slow) + len(self.bad)


def make_outside(work):
    """A folder outside the watch folder that the dropped links point at: it must come through untouched."""
    outside = os.path.join(work, "outside")
    os.makedirs(os.path.join(outside, "deeper"), exist_ok=True)
    for i in range(3):
        with open(os.path.join(outside, f"private-{i}.pdf"), "wb") as f:
            f.write(b"%PDF-1.4 not for the service " + bytes([i]) * 100)
    with open(os.path.join(outside, "deeper", "secret.txt"), "w") as f:
        f.write("must stay here\n")
    return outside


def tree_digest(root):
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            entries.append((os.path.relpath(p, root), sha256(p)))
    return entries


def drop(inputs, inbox, outside):
    """Everything at once; the slow copies trickle in on threads."""
    for name, path in inputs.good + inputs.duplicates:
        target = os.path.join(inbox, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(path, target)
    for name, kind, data in inputs.bad:
        target = os.path.join(inbox, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if kind == "link":
            os.symlink(outside if name.endswith("folder") else os.path.join(outside, "private-0.pdf"), target)
        else:
            with open(target, "wb") as f:
                f.write(data)
    threads = []
    for name, path in inputs.slow:
        target = os.path.join(inbox, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        t = threading.Thread(target=slow_copy, args=(path, target), daemon=True)
        t.start()
        threads.append(t)
    return threads


def slow_copy(source, target):
    with open(source, "rb") as f:
        data = f.read()
    step = max(1, len(data) // 8)
    with open(target, "wb") as out:
        for i in range(0, len(data), step):
            out.write(data[i:i + step])
            out.flush()
            time.sleep(0.4)  # shorter than StableFor: the watcher must wait for the whole file


# ---------------------------------------------------------------- service

class Service:
    def __init__(self, root, inbox, data, port, logs, max_attempts):
        self.root, self.inbox, self.data, self.port, self.logs = root, inbox, data, port, logs
        self.max_attempts = max_attempts
        self.process = None
        self.starts = 0

    def env(self):
        env = dict(os.environ)
        env.update({
            "ASPNETCORE_URLS": f"http://127.0.0.1:{self.port}",
            "DocIngest__WatchFolder": self.inbox, "DocIngest__DataDirectory": self.data,
            "DocIngest__Admin__User": ADMIN, "DocIngest__Admin__Password": PASSWORD,
            "DocIngest__Workers": "2", "DocIngest__StableFor": "00:00:01.500", "DocIngest__ScanInterval": "00:00:01",
            "DocIngest__MaxAttempts": str(self.max_attempts), "DocIngest__RetrainEvery": "00:00:00",
            "Logging__LogLevel__Default": "Warning", "Logging__LogLevel__DocIngest": "Information",
        })
        return env

    def start(self):
        self.starts += 1
        out = open(os.path.join(self.logs, f"service-{self.starts}.log"), "wb")
        self.process = subprocess.Popen(["dotnet", SERVICE_DLL, "--contentRoot", self.root], env=self.env(),
                                        stdout=out, stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the service exited at start (code {self.process.returncode}); see {out.name}")
            try:
                if self.get("/health", auth=False) is not None:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError("the service did not answer /health within 120 s")

    def kill(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def get(self, path, auth=True):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}")
        if auth:
            request.add_header("Authorization", "Basic " + base64.b64encode(f"{ADMIN}:{PASSWORD}".encode()).decode())
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()

    def jobs(self):
        return json.loads(self.get("/api/jobs?take=1000"))


def database(data):
    return sqlite3.connect(f"file:{os.path.join(data, 'docingest.db')}?mode=ro", uri=True, timeout=30)


def settled(service, expected_jobs, inbox):
    """Every dropped file has reached an end: no job queued or running, and nothing left in the inbox."""
    try:
        jobs = service.jobs()
    except (OSError, urllib.error.URLError, ValueError):
        return False
    left = [os.path.join(d, f) for d, _, fs in os.walk(inbox) for f in fs] + \
           [os.path.join(d, x) for d, xs, _ in os.walk(inbox) for x in xs if os.path.islink(os.path.join(d, x))]
    return not left and len(jobs) >= expected_jobs and all(j["status"] in TERMINAL for j in jobs)


def wait_settled(service, expected_jobs, inbox, limit):
    deadline = time.time() + limit
    while time.time() < deadline:
        if settled(service, expected_jobs, inbox):
            return True
        time.sleep(2)
    return False


# ---------------------------------------------------------------- runs

def results_by_sha(data):
    with database(data) as db:
        rows = db.execute("SELECT Sha256, ResultJson FROM SourceFiles").fetchall()
    out = {}
    for sha, result in rows:
        if result is None:
            out[sha] = None
            continue
        parsed = json.loads(result)
        parsed.get("source", {}).pop("fileName", None)  # named after whichever copy was taken first
        out[sha] = json.dumps(parsed, sort_keys=True, ensure_ascii=False)
    return out


def quiet_run(args, inputs, work):
    root = os.path.join(work, "quiet")
    inbox, data, logs = os.path.join(root, "inbox"), os.path.join(root, "data"), os.path.join(root, "logs")
    for d in (inbox, data, logs):
        os.makedirs(d, exist_ok=True)
    service = Service(root, inbox, data, args.port + 1, logs, args.max_attempts)
    started = time.time()
    service.start()
    try:
        for name, path in inputs.good + inputs.slow:
            target = os.path.join(inbox, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(path, target)
        if not wait_settled(service, len(inputs.good) + len(inputs.slow), inbox, args.limit):
            raise RuntimeError("the quiet run did not finish in time")
    finally:
        service.stop()
    log(f"quiet run: {len(inputs.good) + len(inputs.slow)} good files in {time.time() - started:.0f} s")
    return results_by_sha(data)


class Volume:
    """A tmpfs of its own for the soak's data directory, so the disk can really fill up (ENOSPC)."""

    def __init__(self, path, megabytes):
        self.path = path
        os.makedirs(path, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", path], check=True)

    def fill(self):
        """Writes until the file system refuses, down to the last byte (a megabyte left free takes small writes)."""
        filler = os.path.join(self.path, "filler")
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            size = 1 << 20
            while size >= 1:
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError:
                    size //= 2
        finally:
            os.close(fd)
        return filler

    def close(self):
        subprocess.run(["umount", "-l", self.path], check=False)


def soak_run(args, inputs, work, outside, rng):
    root = os.path.join(work, "soak")
    volume = Volume(os.path.join(root, "vol"), args.volume_mb)
    # The data directory on a small disk of its own (the inbox on the ordinary one, as a scanner share would be):
    # intake copies each file across devices into the archive, so a full disk cuts copies short for real.
    inbox, data, logs = os.path.join(root, "inbox"), os.path.join(volume.path, "data"), os.path.join(root, "logs")
    for d in (inbox, data, logs):
        os.makedirs(d, exist_ok=True)
    service = Service(root, inbox, data, args.port, logs, args.max_attempts)
    figures = {"kills": 0, "killed_while_running": 0, "disk_full_s": 0.0}
    started = time.time()
    try:
        service.start()
        threads = drop(inputs, inbox, outside)
        log(f"dropped {inputs.total} files")
        # The disk fills once while the drop is being taken and the first results stored.
        time.sleep(rng.uniform(1, 5))
        filler = volume.fill()
        full_since = time.time()
        log("disk full (tmpfs filled to the last byte)")
        time.sleep(args.full_for)
        os.remove(filler)
        figures["disk_full_s"] = time.time() - full_since
        log(f"disk freed after {figures['disk_full_s']:.0f} s")
        for k in range(1, args.kills + 1):
            time.sleep(rng.uniform(args.min_gap, args.max_gap))
            try:
                running = sum(1 for j in service.jobs() if j["status"] == "Running")
            except (OSError, urllib.error.URLError, ValueError):
                running = -1
            service.kill()
            figures["kills"] += 1
            figures["killed_while_running"] += running > 0
            log(f"kill {k}: SIGKILL with {running} job(s) running; restarting")
            service.start()
        for t in threads:
            t.join()
        expected_jobs = len(inputs.good) + len(inputs.duplicates) + len(inputs.slow)
        if not wait_settled(service, expected_jobs, inbox, args.limit):
            log("did not settle in time; checking what is there")
        figures["seconds"] = time.time() - started
        jobs = service.jobs()
    finally:
        service.stop()
    figures["logs"] = logs
    return data, inbox, volume, jobs, figures


# ---------------------------------------------------------------- checks

def check(args, inputs, quiet, data, inbox, jobs, outside, outside_before, figures):
    problems = []
    soak = results_by_sha(data)
    good_shas = {sha256(p): n for n, p in inputs.good + inputs.slow}
    with database(data) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        sources = db.execute("SELECT Sha256, COUNT(*) FROM SourceFiles GROUP BY Sha256").fetchall()
        page_rows = db.execute("SELECT s.Sha256, COUNT(p.Id), s.PageCount FROM SourceFiles s LEFT JOIN Pages p ON p.SourceFileId = s.Id GROUP BY s.Id").fetchall()
        job_rows = db.execute("SELECT Sha256, Status, Attempts, LastError FROM Jobs").fetchall()

    # Stored exactly once, and as the quiet run stored it.
    stored_once = same = 0
    by_sha = {}
    for sha, status, attempts, error in job_rows:
        by_sha.setdefault(sha, []).append((STATUS.get(status, str(status)), attempts, error))
    multi_source = [sha for sha, n in sources if n > 1]
    for sha, name in good_shas.items():
        owners = [j for j in by_sha.get(sha, []) if j[0] != "Duplicate"]
        done = [j for j in owners if j[0] in ("Succeeded", "NeedsReview")]
        if len(owners) == 1 and len(done) == 1 and soak.get(sha) is not None:
            stored_once += 1
        else:
            problems.append(f"good file {name}: jobs {by_sha.get(sha)}")
        if soak.get(sha) is not None and soak.get(sha) == quiet.get(sha):
            same += 1
        elif soak.get(sha) is not None:
            problems.append(f"good file {name}: result differs from the quiet run")
    page_mismatch = [sha for sha, rows, count in page_rows if rows != count]

    # Double-processed: a result stored more than once for one file, across every start of the service.
    stored_lines = {}
    for name in sorted(os.listdir(figures["logs"])):
        with open(os.path.join(figures["logs"], name), encoding="utf-8", errors="replace") as f:
            for line in f:
                if " stored as " in line and "job " in line:
                    job = line.split("job ", 1)[1].split(":", 1)[0]
                    stored_lines[job] = stored_lines.get(job, 0) + 1
    double = sorted(j for j, n in stored_lines.items() if n > 1)
    disk_errors = 0
    for name in sorted(os.listdir(figures["logs"])):
        with open(os.path.join(figures["logs"], name), encoding="utf-8", errors="replace") as f:
            disk_errors += sum(1 for line in f if "No space left on device" in line or "database or disk is full" in line)

    # Bad files quarantined with a reason.
    failed_dir = os.path.join(data, "failed")
    reasons = {}
    if os.path.isdir(failed_dir):
        for f in os.listdir(failed_dir):
            if f.endswith(".reason.txt"):
                with open(os.path.join(failed_dir, f), encoding="utf-8") as r:
                    reasons[f[: -len(".reason.txt")]] = r.read().strip()
    quarantined = 0
    for name, kind, _ in inputs.bad:
        base, ext = os.path.splitext(os.path.basename(name))
        hits = [r for k, r in reasons.items() if k == base + ext or (k.startswith(base + " (") and k.endswith(ext))]
        if hits and all(hits):
            quarantined += 1
        else:
            problems.append(f"bad file {name} ({kind}): not quarantined with a reason")
    left = [os.path.relpath(os.path.join(d, f), inbox) for d, _, fs in os.walk(inbox) for f in fs]
    duplicates = sum(1 for j in jobs if j["status"] == "Duplicate")
    lost = (len(good_shas) - stored_once) + (len(inputs.bad) - quarantined) + len(left)
    outside_ok = tree_digest(outside) == outside_before
    if not outside_ok:
        problems.append("the folder outside the watch folder changed")
    if integrity != "ok":
        problems.append(f"PRAGMA integrity_check: {integrity}")
    if multi_source:
        problems.append(f"{len(multi_source)} contents stored under more than one source row")
    if page_mismatch:
        problems.append(f"{len(page_mismatch)} files with page rows not matching their page count")
    if double:
        problems.append(f"jobs stored more than once: {double}")
    if duplicates != len(inputs.duplicates):
        problems.append(f"duplicates recorded {duplicates}, dropped {len(inputs.duplicates)}")
    if left:
        problems.append(f"left in the inbox: {left[:10]}")
    attempts = sorted((j["attempts"] for j in jobs if j["status"] != "Duplicate"), reverse=True)

    print()
    print("soak figures")
    print(f"  files dropped          {inputs.total}  (good distinct {len(good_shas)} incl. 5 slow copies and a "
          f"300-page PDF; duplicates {len(inputs.duplicates)}; bad {len(inputs.bad)})")
    print(f"  kills (SIGKILL)        {figures['kills']}  ({figures['killed_while_running']} with jobs running)")
    print(f"  disk full              once, {figures['disk_full_s']:.0f} s (data on a {args.volume_mb} MB tmpfs filled to the "
          f"last byte; {disk_errors} disk-full errors logged)")
    print(f"  stored exactly once    {stored_once} / {len(good_shas)}")
    print(f"  same as quiet run      {same} / {len(good_shas)}")
    print(f"  duplicates recorded    {duplicates}")
    print(f"  quarantined w/ reason  {quarantined} / {len(inputs.bad)}  ({len(reasons)} reason files in failed/)")
    print(f"  lost                   {lost}")
    print(f"  double-processed       {len(double)}")
    print(f"  most claims of a job   {attempts[:5]}  (re-reads after kills; MaxAttempts {args.max_attempts})")
    print(f"  outside untouched      {'yes' if outside_ok else 'NO'}")
    print(f"  integrity_check        {integrity}")
    print(f"  time                   {figures['seconds']:.0f} s")
    for p in problems[:30]:
        print("  PROBLEM:", p)
    return not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default="/tmp/docingest-soak")
    parser.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus"))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--min-gap", type=float, default=4)
    parser.add_argument("--max-gap", type=float, default=20)
    parser.add_argument("--full-for", type=float, default=15)
    parser.add_argument("--volume-mb", type=int, default=400)
    parser.add_argument("--max-attempts", type=int, default=8)
    parser.add_argument("--limit", type=float, default=1200, help="seconds each run may take to settle")
    parser.add_argument("--port", type=int, default=5280)
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("soak: needs root (it mounts a small tmpfs to fill the disk for real)")
    rng = random.Random(args.seed)
    log(f"seed {args.seed}; work folder {args.work}")
    if os.path.exists(args.work):
        subprocess.run(["umount", "-l", os.path.join(args.work, "soak", "vol")], stderr=subprocess.DEVNULL)
        shutil.rmtree(args.work)
    os.makedirs(args.work)
    inputs = Inputs(os.path.abspath(args.corpus), os.path.join(REPO, "sample-docs"), args.work, rng)
    outside = make_outside(args.work)
    outside_before = tree_digest(outside)
    quiet = quiet_run(args, inputs, args.work)
    data, inbox, volume, jobs, figures = soak_run(args, inputs, args.work, outside, rng)
    try:
        ok = check(args, inputs, quiet, data, inbox, jobs, outside, outside_before, figures)
    finally:
        volume.close()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
