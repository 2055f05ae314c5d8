using System.IO.Compression;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>
/// Packs src/Enefit.DataClassification once per test run into a temporary folder, with a version no earlier run used,
/// so that the global package cache can never serve a stale copy.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Folder = Directory.CreateTempSubdirectory("edc-package-").FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff") + "." + Environment.ProcessId;
        var pack = DotNetCli.Run(
            Repository.Root,
            "pack", Path.Combine("src", "Enefit.DataClassification"), "-c", "Release", "-o", Folder, "-p:PackageVersion=" + Version);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(Folder, $"Enefit.DataClassification.{Version}.nupkg");
    }

    public string Folder { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public string Nuspec()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        using var reader = new StreamReader(archive.GetEntry("Enefit.DataClassification.nuspec")!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
