app_name = "avvik_sandbox"

urlpatterns: list = []
