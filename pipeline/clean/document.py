def clean_document(*a, **k): raise NotImplementedError
