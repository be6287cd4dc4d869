using Pipeline.Clean;
using Pipeline.Messaging;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-clean");
builder.AddPipelineBus(bus => bus.AddCleanStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
