/// <reference types="@open-express-dashboard/element/vue" />
