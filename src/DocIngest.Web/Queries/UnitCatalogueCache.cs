using DocIngest.Web.Ui;

namespace DocIngest.Web.Queries;

/// <summary>
/// What the stored measures' unit catalogue was built from: the newest measure, document and correction, and how many
/// documents there are. Storing or re-reading a file adds measures and documents, removing one drops documents, and
/// every edit and confirmation is a correction, so any change to the units or to what vouches for them changes it.
/// </summary>
public readonly record struct MeasureStoreVersion(long? NewestMeasure, long? NewestDocument, int Documents, long? NewestCorrection);

/// <summary>
/// The unit catalogue as last built (<see cref="ChoiceQueries.UnitCatalogueAsync"/>), kept with the
/// <see cref="MeasureStoreVersion"/> it was built at. The catalogue groups every stored measure's units (seconds at a
/// million measures) and every review page load asks for it; the version costs four index look-ups. Read from the
/// database, the version also sees changes other nodes made. One per process.
/// </summary>
public sealed class UnitCatalogueCache
{
    private sealed record Entry(MeasureStoreVersion Version, UnitCatalogue Catalogue);

    private volatile Entry? _entry;

    /// <summary>The catalogue built at <paramref name="version"/>, or null when none was or the store has changed since.</summary>
    public UnitCatalogue? Get(MeasureStoreVersion version) => _entry is { } entry && entry.Version == version ? entry.Catalogue : null;

    /// <summary>Keeps <paramref name="catalogue"/>, built from the store at <paramref name="version"/> (read before it was built).</summary>
    public void Set(MeasureStoreVersion version, UnitCatalogue catalogue) => _entry = new Entry(version, catalogue);
}
