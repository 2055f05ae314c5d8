// The tests build and pack the same projects with the dotnet CLI; two builds of one project at once would collide
// on its obj folder, so they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
