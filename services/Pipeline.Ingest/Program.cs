using Pipeline.Ingest;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-ingest");
builder.AddIngestService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

/// <summary>The entry point, visible to the HTTP specifications (WebApplicationFactory).</summary>
public partial class Program;
