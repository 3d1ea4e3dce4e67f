using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DocIngest.Data.Tests.TestSupport;

/// <summary>
/// A real PostgreSQL server (Debian's postgresql package) in a temporary cluster on a free loopback port, for the
/// length of a test class. Run as the postgres user when the tests run as root, since the server refuses root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _directory;
    private readonly string _bin;
    private readonly bool _asPostgresUser;

    public PostgresServer()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                   .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
               ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: run scripts/setup.sh");
        _asPostgresUser = Environment.UserName == "root";
        _directory = Path.Combine(Path.GetTempPath(), "docingest-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_directory);
        if (_asPostgresUser) Run("/bin/chown", "postgres", _directory);
        Port = FreePort();
        string data = Path.Combine(_directory, "data");
        Run(Path.Combine(_bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        Run(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_directory, "log"), "-w", "-o",
            $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    /// <summary>A fresh, empty database of its own.</summary>
    public string CreateDatabase()
    {
        string name = "t" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "/usr/sbin/runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (_asPostgresUser) foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (file == "/bin/chown") { start = new ProcessStartInfo(file) { RedirectStandardError = true }; foreach (var a in args) start.ArgumentList.Add(a); }
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try { Run(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop"); }
        finally { Directory.Delete(_directory, recursive: true); }
    }
}
