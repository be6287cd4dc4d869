using Pipeline.Ingest;
using Pipeline.Ingest.Http;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-ingest");
builder.AddIngestService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDocumentEndpoints();
app.Run();
