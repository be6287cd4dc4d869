using Pipeline.Ingest;
using Pipeline.Messaging;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-ingest");
builder.AddPipelineBus(bus => bus.AddIngestStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
